export { allowList, internalEventReasons, isPublicEventType, publicEventRules } from './allowList';
export type { AllowedFields, FieldRule, ObjectRule, PublicEventRule, PublicEventType } from './allowList';
export { allowListTables, withAllowListTables } from './allowListTables';
export { pickAllowed } from './pickAllowed';
export { publicDataSchemas } from './publicDataSchemas';
export { PublicCloudEventSchema } from './publicCloudEventSchema';
export type { PublicCloudEvent } from './publicCloudEventSchema';
export {
  CLOUD_EVENT_TYPE_PREFIX,
  CLOUD_EVENTS_JSON,
  cloudEventSourceOf,
  cloudEventTypeOf,
} from './cloudEventType';
export { toBusMessage, toCloudEvent } from './toCloudEvent';
export type { PublicEventMessage } from './toCloudEvent';
export { parsePublicEvent } from './parsePublicEvent';
export { dedupeById } from './dedupeById';
export type { Deduplicator, SeenIds } from './dedupeById';
