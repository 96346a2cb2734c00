export { intakeEventSchemas } from './events';
export type { IntakeEvent } from './events';
export { intakeRejectionEvents } from './module';
