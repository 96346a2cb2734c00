export {
  INTAKE_TOPIC,
  OUTCOME_TOPIC,
  DEAD_LETTER_TOPIC,
  INGEST_GROUP,
  SIGNATURE_HEADER,
  intakeTopicSpecs,
} from './topics';
export { IntakeOutcomeSchema, DeadLetterSchema } from './messages';
export type { IntakeOutcome, DeadLetter } from './messages';
