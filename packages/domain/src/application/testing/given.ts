import type { Actor } from '../../context';
import { InvalidCommandError, isDomainError, RoleForbiddenError, TenantForbiddenError } from '../../errors';
import type { DomainError } from '../../errors';
import { formatIssues, stableStringify } from '../../primitives';
import { SpecAssertionError } from '../../testing/assertion';
import { countyAdmin } from '../../testing/actors';
import { testContext } from '../../testing/context';
import { applicationCommandSchemas } from '../commands';
import type { ApplicationCommand } from '../commands';
import { decideApplication } from '../decide';
import { applicationEventSchemas } from '../events';
import type { ApplicationEvent } from '../events';
import { evolveApplication } from '../evolve';
import { applicationPolicy } from '../policy';
import { initialApplicationState } from '../state';
import type { ApplicationState } from '../state';

/** The state after these events. */
export const foldApplication = (events: readonly ApplicationEvent[]): ApplicationState =>
  events.reduce(evolveApplication, initialApplicationState());

/**
 * What the write core will do with this module until the registry takes it: validate, authorize by
 * the module's policy, fold, decide, validate the events. Kept here so the aggregate is tested as a
 * unit now; phase 2 replaces it with the registry's own given/when/then.
 */
const decideAsTheCoreWill = (
  command: ApplicationCommand,
  events: readonly ApplicationEvent[],
  actor: Actor,
  occurredAt: string,
) => {
  const parsed = applicationCommandSchemas[command.type].safeParse(command.data);
  if (!parsed.success) throw new InvalidCommandError({ issues: formatIssues(parsed.error, ['data']) });
  const context = testContext({ actor, occurredAt });
  const parties = applicationPolicy[command.type](command.data.tenant, context.directory);
  if (!parties.some((party) => party.tier === actor.tier)) {
    throw new RoleForbiddenError({
      commandType: command.type,
      actorTier: actor.tier,
      allowed: parties.map((p) => p.tier),
    });
  }
  if (!parties.some((party) => party.tier === actor.tier && party.tenant === actor.tenant)) {
    throw new TenantForbiddenError({
      commandType: command.type,
      tenant: command.data.tenant,
      actorTenant: actor.tenant,
      allowed: parties.map((p) => p.tenant),
    });
  }
  const decided = decideApplication(
    { type: command.type, data: parsed.data } as ApplicationCommand,
    foldApplication(events),
    context,
  );
  for (const event of decided) applicationEventSchemas[event.type].parse(event.data);
  return decided;
};

export interface ApplicationSpec {
  by(actor: Actor): ApplicationSpec;
  at(occurredAt: string): ApplicationSpec;
  decide(): ApplicationEvent[];
  then(expected: readonly ApplicationEvent[]): void;
  thenThrows(code: string, details?: Record<string, unknown>): DomainError;
}

/** Business time after every date the application fixtures use. */
export const APPLICATION_TEST_NOW = '2022-06-30T12:00:00+08:00';

const spec = (
  events: readonly ApplicationEvent[],
  command: ApplicationCommand,
  actor: Actor,
  occurredAt: string,
): ApplicationSpec => {
  const decide = () => decideAsTheCoreWill(command, events, actor, occurredAt);
  return {
    by: (other) => spec(events, command, other, occurredAt),
    at: (instant) => spec(events, command, actor, instant),
    decide,
    then(expected) {
      const actual = decide();
      if (stableStringify(actual) !== stableStringify(expected)) {
        throw new SpecAssertionError(`${command.type} decided other events than expected`, actual, expected);
      }
    },
    thenThrows(code, details) {
      let decided: ApplicationEvent[];
      try {
        decided = decide();
      } catch (error) {
        if (!isDomainError(error)) throw error;
        if (error.code !== code)
          throw new SpecAssertionError(
            `${command.type} threw ${error.code}: ${error.message}`,
            error.code,
            code,
          );
        const actual = Object.fromEntries(
          Object.keys(details ?? {}).map((key) => [key, error.details?.[key]]),
        );
        if (details && stableStringify(actual) !== stableStringify(details)) {
          throw new SpecAssertionError(`${code} carried other details`, actual, details);
        }
        return error;
      }
      throw new SpecAssertionError(`${command.type} was expected to throw ${code}`, decided, code);
    },
  };
};

/** `given(events).when(command).then(events)` for one application's stream, by 道里区's office by default. */
export const given = (events: readonly ApplicationEvent[] = []) => ({
  when: (command: ApplicationCommand): ApplicationSpec =>
    spec(events, command, countyAdmin('230102'), APPLICATION_TEST_NOW),
});
