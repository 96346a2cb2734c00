export { createRelay } from './relay';
export type { Relay, RelayOptions, RelayPage, RelayState, RelayStatus } from './relay';
export { createInMemoryCheckpoint } from './checkpoint';
export type { RelayCheckpoint } from './checkpoint';
export { openSqliteCheckpoint } from './sqliteCheckpoint';
export type { SqliteCheckpointOptions } from './sqliteCheckpoint';
