export { SqliteEventStore, openSqliteEventStore, type SqliteEventStoreOptions } from './sqliteEventStore';
