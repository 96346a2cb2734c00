export { IntakeClient } from './intakeClient';
export type { IntakeClientOptions, IntakeStatus } from './intakeClient';
