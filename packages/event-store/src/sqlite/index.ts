export { SqliteEventStore, openSqliteEventStore, type SqliteEventStoreOptions } from './sqliteEventStore';
export { BackgroundCheckpointer, type CheckpointResult } from './backgroundCheckpoint';
