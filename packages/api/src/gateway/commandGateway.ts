import type { CommandEnvelope, CommandOutcome } from '@gongkai/command-handling';

/** What the gateway knows of a message it was given. */
export type GatewayStatus =
  | { state: 'accepted'; tenant: string; outcome: Omit<CommandOutcome, 'events'> }
  | { state: 'rejected'; tenant: string; code: string; reason: string }
  | { state: 'pending'; tenant: string }
  | { state: 'unknown' };

/**
 * Where the API sends every write. Resolvers know only this interface: the platform puts the intake
 * behind it (an in-process bus by default, Kafka when configured); tests may decide in process.
 *
 * Contract for every implementation:
 * - resolves with the outcome once the command's events are stored (or were stored before: `duplicate`);
 * - rejects with the domain's coded error (`isDomainError`) when the domain refuses the command, so
 *   the API can hand the code and message back as data;
 * - rejects with `IntakePendingError` when the message was accepted for processing but its outcome
 *   did not arrive in time (`status` tells it later);
 * - rejects with any other error when the command could not be delivered.
 */
export interface CommandGateway {
  send(envelope: CommandEnvelope): Promise<CommandOutcome>;
  /** The outcome of a message sent through this gateway, by the envelope's message id. */
  status(messageId: string): Promise<GatewayStatus>;
}
