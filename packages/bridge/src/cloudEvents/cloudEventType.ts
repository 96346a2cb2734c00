import { eventCatalogue } from '@gongkai/domain';
import type { PublicEventType } from './allowList';

/** Reverse-DNS of the publisher, as CloudEvents recommends for `type`. */
export const CLOUD_EVENT_TYPE_PREFIX = 'cn.gov.gongkai';

/** `cn.gov.gongkai.DisclosurePublished.v2`: the type at the schema version the data is upcast to. */
export const cloudEventTypeOf = (type: PublicEventType): string =>
  `${CLOUD_EVENT_TYPE_PREFIX}.${type}.v${eventCatalogue[type].schemaVersion}`;

/** `/gongkai/tenants/230102`: `source` + `id` is unique, and a subscriber can route by tenant. */
export const cloudEventSourceOf = (tenant: string): string => `/gongkai/tenants/${tenant}`;

/** The media type of a structured-mode CloudEvent in JSON (the Kafka binding's `content-type` header). */
export const CLOUD_EVENTS_JSON = 'application/cloudevents+json; charset=UTF-8';
