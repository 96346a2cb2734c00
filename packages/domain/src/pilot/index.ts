export { pilotUnitCommandSchemas, AcceptanceStageSchema } from './commands';
export type { PilotUnitCommand, AcceptanceStage } from './commands';
export { pilotUnitEventSchemas } from './events';
export type { PilotUnitEvent } from './events';
export { initialPilotUnitState, lastAcceptance, passedAcceptance } from './state';
export type {
  PilotUnitState,
  ImplementationPlan,
  SelfAssessment,
  PilotReport,
  AcceptanceRecord,
  RectificationRecord,
} from './state';
export { evolvePilotUnit } from './evolve';
export { pilotUnitDecider } from './decider';
export { pilotStatus } from './status';
export type { PilotStatus } from './status';
export {
  AcceptanceFindingSchema,
  FINDING_KINDS,
  FindingKindSchema,
  FindingSchema,
  findingKindOf,
  findingOf,
} from './findings';
export { AcceptanceConductedV1Schema, upcastAcceptanceConductedV1 } from './acceptanceConductedV1';
export type { Finding, FindingKind } from './findings';
