// The one list of the domain's aggregates. Command schemas, routing, folds, the policy, the event
// catalogue, the JSON Schemas and the GraphQL inputs are all derived from it.
import { disclosureApplicationDecider } from './application/decider';
import { catalogueItemDecider } from './catalogue/aggregate/decider';
import { intakeRejectionEvents } from './intake/module';
import { pilotUnitDecider } from './pilot/decider';
import type { MessageOf, SchemaMap } from './primitives';
import { pilotProgrammeDecider } from './programme/decider';
import { nationalReportDecider } from './reporting/decider';

/** Every aggregate of the domain, one decider module each. */
export const deciders = [
  pilotUnitDecider,
  catalogueItemDecider,
  nationalReportDecider,
  disclosureApplicationDecider,
  pilotProgrammeDecider,
] as const;

/** Every stream category's events: the deciders' and the intake's own records. */
export const eventModules = [...deciders, intakeRejectionEvents] as const;

export type RegisteredDecider = (typeof deciders)[number];

type CommandsOf<D> = D extends { commandSchemas: infer CS extends SchemaMap } ? MessageOf<CS> : never;
type EventsOf<M> = M extends { eventSchemas: infer ES extends SchemaMap } ? MessageOf<ES> : never;

/** Every command, `{ type, data }`; `data.tenant` is the tenant the command acts for. */
export type RegisteredCommand = CommandsOf<RegisteredDecider>;
/** Every event, `{ type, data }`, data at its current schema version. */
export type RegisteredEvent = EventsOf<(typeof eventModules)[number]>;
