export { IntakeEnvelopeSchema, ActorSchema, MessageIdSchema, SourceIdSchema } from './intakeEnvelope';
export type { IntakeEnvelope } from './intakeEnvelope';
export { readIntakeMessage } from './readIntakeMessage';
export type { IntakeReading, DeadLetterCode } from './readIntakeMessage';
export { encodeIntakeMessage } from './encodeIntakeMessage';
