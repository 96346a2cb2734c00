export { pilotProgrammeCommandSchemas } from './commands';
export type { PilotProgrammeCommand } from './commands';
export { pilotProgrammeEventSchemas, PILOT_OUTCOMES, PilotOutcomeSchema } from './events';
export type { PilotOutcome, PilotProgrammeEvent } from './events';
export { initialPilotProgrammeState, evolvePilotProgramme } from './state';
export type { PilotProgrammeState, ProgrammePlan, ProvincialPilotsSummary } from './state';
export { pilotProgrammeDecider } from './decider';
export * from './errors';
