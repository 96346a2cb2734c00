import type { Actor } from '../../context';
import type { DecisionSpec } from '../../testing/given';
import { given as givenDecision } from '../../testing/given';
import type { ApplicationCommand } from '../commands';
import type { ApplicationEvent } from '../events';
import { evolveApplication } from '../evolve';
import { initialApplicationState } from '../state';
import type { ApplicationState } from '../state';

/** The state after these events. */
export const foldApplication = (events: readonly ApplicationEvent[]): ApplicationState =>
  events.reduce(evolveApplication, initialApplicationState());

/** Business time after every date the application fixtures use. */
export const APPLICATION_TEST_NOW = '2022-06-30T12:00:00+08:00';

/** The domain's decision spec over one application's stream, its events typed as the aggregate's. */
export interface ApplicationSpec extends Pick<DecisionSpec, 'then' | 'thenThrows'> {
  by(actor: Actor): ApplicationSpec;
  at(occurredAt: string): ApplicationSpec;
  decide(): ApplicationEvent[];
}

const applicationSpec = (spec: DecisionSpec): ApplicationSpec => ({
  by: (actor) => applicationSpec(spec.by(actor)),
  at: (occurredAt) => applicationSpec(spec.at(occurredAt)),
  // An application command is decided by the application's decider: its events only.
  decide: () => spec.decide() as ApplicationEvent[],
  then: (expected) => spec.then(expected),
  thenThrows: (code, details) => spec.thenThrows(code, details),
});

/**
 * The domain's `given(events).when(command)` (the write core's own decision: validated, authorized
 * by the registry's policy, decided, events checked) for one application's stream, at a business
 * time after every fixture date, by the office the command names unless `.by(actor)` says otherwise.
 */
export const given = (events: readonly ApplicationEvent[] = []) => ({
  when: (command: ApplicationCommand): ApplicationSpec =>
    applicationSpec(givenDecision(events).when(command).at(APPLICATION_TEST_NOW)),
});
