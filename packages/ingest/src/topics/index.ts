export {
  INTAKE_TOPIC,
  OUTCOME_TOPIC,
  DEAD_LETTER_TOPIC,
  INGEST_GROUP,
  SIGNATURE_HEADER,
  intakeTopicSpecs,
  intakeTopics,
} from './topics';
export type { IntakeTopics } from './topics';
export { IntakeOutcomeSchema, DeadLetterSchema } from './messages';
export type { IntakeOutcome, DeadLetter } from './messages';
