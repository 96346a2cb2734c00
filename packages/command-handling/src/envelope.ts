import { DomainError } from '@gongkai/domain';
import type { Command, DomainEvent } from '@gongkai/domain';
import type { Actor } from '@gongkai/event-store';

/** One command as the write core takes it, from any entry (GraphQL, intake, bridge, seed, tests). */
export interface CommandEnvelope {
  /**
   * The idempotency key: the entries build it with `idempotencyKey` (the seed uses its own fixed
   * `seed:` ids). Event ids derive from it, and the core remembers the command's outcome under it.
   */
  messageId: string;
  command: Command;
  /** `parseCommand`'s output already (the intake and the API parse): not validated again. */
  parsed?: boolean;
  actor: Actor;
  /** Business time of the command (ISO 8601). */
  occurredAt: string;
  correlationId?: string;
  causationId?: string | null;
}

/**
 * What became of one command: the one outcome type of the write side. The outcome topic
 * (`contracts/`), the GraphQL `CommandResult` and `intakeStatus` are renderings of it.
 */
export type CommandOutcome =
  | {
      status: 'accepted';
      streamId: string;
      /** The stream's revision after the command (-1: the stream is still empty). */
      revision: number;
      /** A global position at or after the command's last event: a read model there shows it. */
      position: number;
      eventIds: string[];
      events: DomainEvent[];
      /** The command had been decided before under this key; nothing new was stored. */
      duplicate: boolean;
    }
  | {
      status: 'rejected';
      /** Stable code: a domain rule (e.g. STANDARD_INCOMPLETE), an authorization refusal, MESSAGE_ID_CONFLICT, ... */
      code: string;
      /** What to fix. */
      reason: string;
      details?: Record<string, unknown>;
      duplicate: boolean;
    };

export type AcceptedOutcome = Extract<CommandOutcome, { status: 'accepted' }>;
export type RejectedOutcome = Extract<CommandOutcome, { status: 'rejected' }>;

/**
 * The acceptance, or the refusal thrown as a `DomainError` with its code: for tools and tests that
 * treat any refusal as a failure (the entries render refusals as outcomes instead).
 */
export const acceptedOrThrow = (outcome: CommandOutcome): AcceptedOutcome => {
  if (outcome.status === 'accepted') return outcome;
  throw new DomainError(outcome.code, outcome.reason, outcome.details);
};
