import { hasCode } from './hasCode';

export const BUS_TOPIC_NOT_FOUND = 'BUS_TOPIC_NOT_FOUND';

/** Publishing to, or subscribing to, a topic nobody created: topics are created on purpose, never by accident. */
export class TopicNotFoundError extends Error {
  readonly code = BUS_TOPIC_NOT_FOUND;

  constructor(readonly topic: string) {
    super(
      `Topic ${JSON.stringify(topic)} does not exist: create it with bus.ensureTopics([{ topic, partitions }]) ` +
        'before publishing or subscribing (the broker does not create topics on first use).',
    );
    this.name = 'TopicNotFoundError';
  }
}

export const isTopicNotFoundError = (error: unknown): error is TopicNotFoundError =>
  hasCode(error, BUS_TOPIC_NOT_FOUND);
