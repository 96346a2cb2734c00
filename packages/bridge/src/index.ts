// The bridge to the provincial data-sharing bus (政务数据共享交换平台): public events out as
// CloudEvents, reference items (权责清单, 公共服务事项清单) in as catalogue item drafts.

export {
  BRIDGE_TOPICS,
  DEFAULT_TOPIC_PARTITIONS,
  PUBLIC_EVENTS_TOPIC,
  REFERENCE_ITEMS_TOPIC,
} from './topics';

export {
  allowList,
  allowListTables,
  CLOUD_EVENT_TYPE_PREFIX,
  CLOUD_EVENTS_JSON,
  cloudEventSourceOf,
  cloudEventTypeOf,
  dedupeById,
  internalEventReasons,
  isPublicEventType,
  parsePublicEvent,
  pickAllowed,
  PublicCloudEventSchema,
  publicDataSchemas,
  publicEventRules,
  toBusMessage,
  toCloudEvent,
  withAllowListTables,
} from './cloudEvents';
export type {
  AllowedFields,
  Deduplicator,
  FieldRule,
  ObjectRule,
  PublicCloudEvent,
  PublicEventMessage,
  PublicEventRule,
  PublicEventType,
  SeenIds,
} from './cloudEvents';

export {
  CheckpointRegressedError,
  InvalidPublicEventError,
  isCheckpointRegressedError,
  isInvalidPublicEventError,
  isReferenceAreaUnmappedError,
  isReferenceMessageInvalidError,
  isRelayNotStartableError,
  PUBLIC_EVENT_INVALID,
  REFERENCE_AREA_UNMAPPED,
  REFERENCE_MESSAGE_INVALID,
  ReferenceAreaUnmappedError,
  ReferenceMessageInvalidError,
  RELAY_CHECKPOINT_REGRESSED,
  RELAY_NOT_STARTABLE,
  RelayNotStartableError,
} from './errors';

export { createInMemoryCheckpoint, createRelay, openSqliteCheckpoint } from './relay';
export type {
  Relay,
  RelayCheckpoint,
  RelayOptions,
  RelayPage,
  RelayState,
  RelayStatus,
  SqliteCheckpointOptions,
} from './relay';

export {
  areaCodeOf,
  BRIDGE_ACTOR_ID,
  bridgeActorFor,
  createReferenceIntake,
  pilotAreaOf,
  pilotAreasFromEventStore,
  referenceDraftMessageId,
  ReferenceItemMessageSchema,
  referenceItemId,
  ReferenceListKindSchema,
  toDraftEnvelope,
} from './reference';
export type {
  DeadLetter,
  DraftEnvelope,
  ReferenceIntake,
  ReferenceIntakeOptions,
  ReferenceItemKey,
  ReferenceItemMessage,
  ReferenceListKind,
} from './reference';
