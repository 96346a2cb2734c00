import { eventCatalogue, upcastEvent } from '@gongkai/domain';
import type { RecordedEvent } from '@gongkai/event-store';
import { isPublicEventType, publicEventRules } from './allowList';
import { CLOUD_EVENTS_JSON, cloudEventSourceOf, cloudEventTypeOf } from './cloudEventType';
import { pickAllowed } from './pickAllowed';
import type { PublicCloudEvent } from './publicCloudEventSchema';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * `time` is the business time: when the disclosure, the standard or the acceptance happened, which
 * is what a subscriber files it under (history imported years later keeps its dates). A sender's
 * instant without an offset is normalised; one that is not an instant falls back to store time.
 */
const timeOf = (event: RecordedEvent): string => {
  const { occurredAt } = event.metadata;
  if (RFC3339.test(occurredAt)) return occurredAt;
  const ms = Date.parse(occurredAt);
  return Number.isNaN(ms) ? event.recordedAt : new Date(ms).toISOString();
};

/** Stored data at an older schema version is upcast, so `type`'s version always says what `data` is. */
const currentData = (event: RecordedEvent & { type: keyof typeof publicEventRules }): unknown =>
  event.schemaVersion === eventCatalogue[event.type].schemaVersion
    ? event.data
    : upcastEvent(event.type, event.schemaVersion, event.data).data;

/**
 * The public CloudEvent of a recorded event, or undefined when its type stays home. Only the
 * allow-listed data goes out; the metadata (actor, correlation and causation ids) never does.
 */
export const toCloudEvent = (event: RecordedEvent): PublicCloudEvent | undefined => {
  const { type } = event;
  if (!isPublicEventType(type)) return undefined;
  const tenant = event.metadata.tenant;
  return {
    specversion: '1.0',
    id: event.eventId,
    source: cloudEventSourceOf(tenant),
    type: cloudEventTypeOf(type),
    subject: event.streamId,
    time: timeOf(event),
    datacontenttype: 'application/json',
    tenant,
    partitionkey: tenant,
    position: String(event.position),
    recordedat: event.recordedAt,
    data: pickAllowed(currentData({ ...event, type }), publicEventRules[type].fields),
  };
};

/** A message as the Bus port's `publish` takes it (structurally its `OutgoingMessage`). */
export interface PublicEventMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** Structured mode of the Kafka binding: the whole event as the value, keyed by tenant. */
export const toBusMessage = (event: PublicCloudEvent): PublicEventMessage => ({
  key: event.partitionkey,
  value: JSON.stringify(event),
  headers: { 'content-type': CLOUD_EVENTS_JSON },
});
