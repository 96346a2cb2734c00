import type { CommandEnvelope } from '@gongkai/command-handling';
import type { Actor, Command, IsoDate } from '@gongkai/domain';

/** One command of the seed, with when and by whom it is sent. */
export interface SeedStep {
  /** Unique within the seed and stable across runs: the message id is `seed:<key>`. */
  key: string;
  /** Business date: the China date of `occurredAt`. */
  on: IsoDate;
  occurredAt: string;
  actor: Actor;
  command: Command;
  /** Groups the commands of one story (a pilot unit, a catalogue item) in the audit trail. */
  correlation: string;
  /** For a disclosure: whether the domain will find it on time (null when its time limit sets no deadline). */
  timely?: boolean | null;
}

export const SEED_MESSAGE_PREFIX = 'seed:';

export const toEnvelope = (step: SeedStep): CommandEnvelope => ({
  messageId: `${SEED_MESSAGE_PREFIX}${step.key}`,
  command: step.command,
  actor: step.actor,
  occurredAt: step.occurredAt,
  correlationId: `${SEED_MESSAGE_PREFIX}${step.correlation}`,
});
