import type { KurrentDbEventStore, KurrentDbEventStoreOptions } from './kurrentDbEventStore';

export type { KurrentDbEventStore, KurrentDbEventStoreOptions };
export { ForeignEventError } from './metadata';

/**
 * Opens the KurrentDB adapter. The client (gRPC and a native bridge) is loaded here, on first call,
 * not when the package is imported: the embedded SQLite default never loads it, and a machine with
 * no build of the bridge can still run everything else.
 */
export const openKurrentDbEventStore = async (
  options: KurrentDbEventStoreOptions,
): Promise<KurrentDbEventStore> => (await import('./kurrentDbEventStore')).createKurrentDbEventStore(options);
