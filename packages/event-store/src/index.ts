export type {
  Actor,
  AppendOptions,
  AppendManyOptions,
  AppendResult,
  OutcomeRecord,
  StoredOutcomeRecord,
  EventFilter,
  EventMetadata,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
  SubscribeOptions,
  Subscription,
  Tier,
} from './port';
export * from './errors';
export { isUuid, canonicalUuid } from './eventId';
export {
  BackgroundCheckpointer,
  SqliteEventStore,
  openSqliteEventStore,
  type CheckpointResult,
  type SqliteEventStoreOptions,
} from './sqlite';
export {
  openKurrentDbEventStore,
  ForeignEventError,
  type KurrentDbEventStore,
  type KurrentDbEventStoreOptions,
} from './kurrentdb';
// The contract suite imports vitest, so it has its own entry point for test files:
// `import { runEventStoreContract } from '@gongkai/event-store/contract'`.
export type { EventStoreContractOptions, CrashRecoveryHook } from './contract/options';
