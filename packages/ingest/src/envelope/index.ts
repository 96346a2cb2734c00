export { IntakeEnvelopeSchema, ActorSchema, MessageIdSchema, SourceIdSchema } from './intakeEnvelope';
export type { IntakeEnvelope } from './intakeEnvelope';
export { isIntakeEnvelope } from './isIntakeEnvelope';
export { readIntakeMessage, MAX_ENVELOPE_BYTES } from './readIntakeMessage';
export type { IntakeReading, DeadLetterCode } from './readIntakeMessage';
export { encodeIntakeMessage } from './encodeIntakeMessage';
