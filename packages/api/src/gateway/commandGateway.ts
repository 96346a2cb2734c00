import type { CommandEnvelope, CommandOutcome } from '@gongkai/command-handling';

/**
 * Where the API sends every write. Resolvers know only this interface: today it calls the
 * `CommandHandler` in process; a later intake puts Kafka behind it without touching a resolver.
 *
 * Contract for every implementation:
 * - resolves with the outcome once the command's events are stored (or were stored before: `duplicate`);
 * - rejects with the domain's coded error (`isDomainError`) when the domain refuses the command, so
 *   the API can hand the code and message back as data;
 * - rejects with any other error when the command could not be delivered or decided.
 */
export interface CommandGateway {
  send(envelope: CommandEnvelope): Promise<CommandOutcome>;
}
