import { InvalidBusRequestError } from '../errors';
import type { OutgoingMessage, SubscribeOptions, TopicSpec } from '../port';

export const validateTopics = (topics: TopicSpec[]): void => {
  for (const { topic, partitions } of topics) {
    if (typeof topic !== 'string' || topic.length === 0 || !/^[a-zA-Z0-9._-]{1,249}$/.test(topic))
      throw new InvalidBusRequestError(
        'ensureTopics',
        `topic name ${JSON.stringify(topic)} must be 1-249 of [a-zA-Z0-9._-]`,
      );
    if (!Number.isInteger(partitions) || partitions < 1)
      throw new InvalidBusRequestError(
        'ensureTopics',
        `topic ${topic} needs a whole number of partitions >= 1, got ${partitions}`,
      );
  }
};

export const validateSubscribe = (options: SubscribeOptions): void => {
  if (!options.groupId) throw new InvalidBusRequestError('subscribe', 'groupId is empty');
  if (options.topics.length === 0) throw new InvalidBusRequestError('subscribe', 'no topics given');
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new InvalidBusRequestError(
      'subscribe',
      `concurrency must be a whole number >= 1, got ${concurrency}`,
    );
};

export const validatePublish = (topic: string, messages: OutgoingMessage[]): void => {
  if (!topic) throw new InvalidBusRequestError('publish', 'topic is empty');
  messages.forEach((message, index) => {
    if (message.key !== null && typeof message.key !== 'string')
      throw new InvalidBusRequestError('publish', `message #${index}: key must be a string or null`);
    if (typeof message.value !== 'string' && !Buffer.isBuffer(message.value))
      throw new InvalidBusRequestError('publish', `message #${index}: value must be a Buffer or a string`);
  });
};

export const toBuffer = (value: Buffer | string): Buffer =>
  typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
