// Test-only entry point (`@gongkai/event-store/contract`): it imports vitest.
export { runEventStoreContract } from './eventStoreContract';
export type { EventStoreContractOptions, CrashRecoveryHook } from './options';
export { runCrashAppender, type CrashAck } from './crashAppender';
