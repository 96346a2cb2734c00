import { allowedParties } from '../authorization';
import type { Command } from '../commands/command';
import type { CommandContext } from '../commands/commandContext';
import { decideCommand } from '../commands/decideCommand';
import type { Actor } from '../context';
import type { DomainError } from '../errors';
import { isDomainError } from '../errors';
import type { DomainEvent } from '../events';
import { validateEvent } from '../events';
import { stableStringify } from '../primitives';
import { SpecAssertionError } from './assertion';
import { testContext } from './context';

export interface DecisionSpec {
  /** Who sends the command; by default the first party the default policy allows. */
  by(actor: Actor): DecisionSpec;
  /** Business time of the command (ISO instant). */
  at(occurredAt: string): DecisionSpec;
  /** Events of a stream the decision consults (see `routeCommand(...).consults`). */
  consulting(streamId: string, events: readonly DomainEvent[]): DecisionSpec;
  with(overrides: Partial<CommandContext>): DecisionSpec;
  decide(): DomainEvent[];
  then(expected: readonly DomainEvent[]): void;
  /** Expects a DomainError with `code` (and, when given, these details); returns it. */
  thenThrows(code: string, details?: Record<string, unknown>): DomainError;
}

const defaultActor = (command: Command, context: CommandContext): Actor => {
  try {
    const [party] = allowedParties(command, context);
    return party ? { id: `test:${party.tier}-admin-${party.tenant}`, ...party } : context.actor;
  } catch {
    // An unknown tenant: let the decision itself report it.
    return context.actor;
  }
};

const spec = (
  events: readonly DomainEvent[],
  command: Command,
  overrides: Partial<CommandContext>,
): DecisionSpec => {
  const context = (): CommandContext => {
    const base = testContext(overrides);
    return overrides.actor ? base : { ...base, actor: defaultActor(command, base) };
  };
  const next = (more: Partial<CommandContext>) => spec(events, command, { ...overrides, ...more });
  // The write path does not validate decided events again; every spec checks them here instead.
  const decide = () => {
    const decided = decideCommand(command, events, context());
    for (const event of decided) validateEvent(event);
    return decided;
  };
  return {
    by: (actor) => next({ actor }),
    at: (occurredAt) => next({ occurredAt }),
    consulting: (streamId, consulted) =>
      next({ consulted: { ...overrides.consulted, [streamId]: consulted } }),
    with: next,
    decide,
    then(expected) {
      const actual = decide();
      if (stableStringify(actual) !== stableStringify(expected)) {
        throw new SpecAssertionError(`${command.type} decided other events than expected`, actual, expected);
      }
    },
    thenThrows(code, details) {
      let decided: DomainEvent[];
      try {
        decided = decide();
      } catch (error) {
        if (!isDomainError(error)) throw error;
        if (error.code !== code) {
          throw new SpecAssertionError(
            `${command.type} threw ${error.code}: ${error.message}`,
            error.code,
            code,
          );
        }
        const actualDetails = Object.fromEntries(
          Object.keys(details ?? {}).map((key) => [key, error.details?.[key]]),
        );
        if (details && stableStringify(actualDetails) !== stableStringify(details)) {
          throw new SpecAssertionError(`${code} carried other details`, actualDetails, details);
        }
        return error;
      }
      throw new SpecAssertionError(`${command.type} was expected to throw ${code}`, decided, code);
    },
  };
};

/** Emmett-style decider spec: `given(events).when(command).then(events)` or `.thenThrows(code)`. */
export const given = (events: readonly DomainEvent[] = []) => ({
  when: (command: Command): DecisionSpec => spec(events, command, {}),
});
