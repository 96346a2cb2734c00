export type { Actor } from './actor';
export { isPublicActor, publicActor, PUBLIC_ACTOR_PREFIX } from './actor';
export type { DecisionContext } from './decisionContext';
export { occurredOn } from './occurredOn';
export { assertNotBefore, assertNotInFuture } from './dateRules';
export type { DatedField } from './dateRules';
export { requireTenant, reportingParentOf, provinceCodeOf, reportsThroughPrefecture } from './reportingLine';
