export { WriteCore, EARLIEST_OCCURRED_AT, messageIdConflict } from './writeCore';
export type { BatchOptions, WriteCoreOptions } from './writeCore';
export type { AcceptedOutcome, CommandEnvelope, CommandOutcome, RejectedOutcome } from './envelope';
export { acceptedOrThrow } from './envelope';
export { fingerprintOf, idempotencyKey } from './idempotencyKey';
export type { MessageIdentity } from './idempotencyKey';
export { deterministicUuid, eventIdFor } from './deterministicId';
export { CommandRetriesExhaustedError, isCommandRetriesExhaustedError } from './errors';
