export { CommandHandler, eventToAppend } from './commandHandler';
export type { CommandEnvelope, CommandOutcome, CommandHandlerOptions } from './commandHandler';
export { deterministicUuid, eventIdFor } from './deterministicId';
export { CommandRetriesExhaustedError, isCommandRetriesExhaustedError } from './errors';
export { BatchCommandHandler } from './batchCommandHandler';
export type { BatchCommandHandlerOptions, BatchOutcome, SourcedCommand } from './batchCommandHandler';
