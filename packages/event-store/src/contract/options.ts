import type { ChildProcess } from 'node:child_process';
import type { EventStore } from '../port';

export interface EventStoreContractOptions {
  /** A new, empty store. Called by every test; the suite closes what it creates. */
  create: () => Promise<EventStore>;
  /** Adapter-specific: run the crash-recovery test. Omit where a crash cannot be staged. */
  crashRecovery?: CrashRecoveryHook;
  /** How long a live event may take to reach a subscription, in ms. Default 5000. */
  liveTimeoutMs?: number;
}

export interface CrashRecoveryHook {
  /**
   * Starts a child process that opens a fresh store and runs `runCrashAppender` on it (stdout piped
   * to the parent), and says how to open that same store again once the child is dead.
   */
  start: () => Promise<{ child: ChildProcess; reopen: () => Promise<EventStore> }>;
}
