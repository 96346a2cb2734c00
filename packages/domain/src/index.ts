// The pure domain of the pilot: tenants, calendar and schedule (reference data), the catalogue and
// its disclosures, the pilot lifecycle, the national report, their commands, events and errors.

export * from './tenants';
export * from './calendar';
export * from './schedule';

export * from './errors';
export type { Actor, DecisionContext } from './context';
export { occurredOn, isPublicActor, publicActor, PUBLIC_ACTOR_PREFIX } from './context';
export * from './streams';
export {
  stableStringify,
  FeedbackKindSchema,
  DivisionCodeSchema,
  EntityIdSchema,
  IsoDateSchema,
  textProblem,
} from './primitives';
export type { TextProblem } from './primitives';

export * from './catalogue';
export * from './pilot';
export * from './programme';
export * from './reporting';
export * from './application';
export * from './intake';

export * from './events';
export * from './commands';
export * from './decider';
export { deciders, eventModules } from './registry';
export type { RegisteredDecider } from './registry';
export { authorize, allowedParties, defaultPolicy } from './authorization';
export type { Party, PartyRule } from './authorization';

export * as domainTesting from './testing';
