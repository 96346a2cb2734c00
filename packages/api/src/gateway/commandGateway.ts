import type { CommandEnvelope, CommandOutcome } from '@gongkai/command-handling';
import type { Actor } from '@gongkai/domain';

/** What the gateway knows of a message: the core's outcome once decided. */
export type MessageStatus =
  | { state: 'decided'; tenant: string; outcome: CommandOutcome }
  | { state: 'pending'; tenant: string }
  | { state: 'unknown' };

/**
 * Where the API sends every write. Resolvers know only this interface: the platform puts the intake
 * behind it (an in-process bus by default, Kafka when configured); tests may decide in process.
 *
 * Contract for every implementation:
 * - resolves with the write core's outcome: accepted (events stored now, or before: `duplicate`) or
 *   rejected with a stable code (a domain refusal, MESSAGE_ID_CONFLICT, ...): a refusal never throws;
 * - rejects with `IntakePendingError` when the message was accepted for processing but its outcome
 *   did not arrive in time (`status` tells it later);
 * - rejects with any other error when the command could not be delivered.
 */
export interface CommandGateway {
  send(envelope: CommandEnvelope): Promise<CommandOutcome>;
  /** What became of a message the actor sent through this API, by the envelope's message id. */
  status(messageId: string, actor: Actor): Promise<MessageStatus>;
}
