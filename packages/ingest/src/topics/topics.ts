/**
 * The intake's topics. Every message is keyed by its tenant code, so one tenant's messages stay in
 * order in one partition. Versioned names: a breaking change of a message gets a new topic.
 */
export const INTAKE_TOPIC = 'gongkai.intake.v1';
export const OUTCOME_TOPIC = 'gongkai.intake.outcomes.v1';
export const DEAD_LETTER_TOPIC = 'gongkai.intake.dead-letter.v1';

/** The consumer group of the ingestors: they share the intake's partitions. */
export const INGEST_GROUP = 'gongkai-ingest';

/** Header carrying the source system's signature of the message bytes. */
export const SIGNATURE_HEADER = 'gongkai-signature';

export interface IntakeTopics {
  intake: string;
  outcomes: string;
  deadLetters: string;
  /** The ingestors' consumer group, under the same prefix: environments never share a group. */
  ingestGroup: string;
}

/**
 * The topic names under an optional prefix, for several environments (or test runs) on one cluster:
 * `staging.` gives `staging.gongkai.intake.v1`.
 */
export const intakeTopics = (prefix = ''): IntakeTopics => ({
  intake: `${prefix}${INTAKE_TOPIC}`,
  outcomes: `${prefix}${OUTCOME_TOPIC}`,
  deadLetters: `${prefix}${DEAD_LETTER_TOPIC}`,
  ingestGroup: `${prefix}${INGEST_GROUP}`,
});

export const intakeTopicSpecs = (partitions: number, topics: IntakeTopics = intakeTopics()) => [
  { topic: topics.intake, partitions },
  { topic: topics.outcomes, partitions },
  { topic: topics.deadLetters, partitions: 1 },
];
