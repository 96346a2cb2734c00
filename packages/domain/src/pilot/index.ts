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
