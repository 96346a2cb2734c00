import { BusUnavailableError, TopicNotFoundError } from '../errors';

interface KafkaJSErrorLike {
  name?: string;
  type?: string;
  retriable?: boolean;
}

const UNAVAILABLE = new Set([
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSLockTimeout',
]);

/** A kafkajs error as the port's: unknown topic, or the broker out of reach; anything else as it is. */
export const busErrorOf = (
  error: unknown,
  context: { operation: string; brokers: readonly string[]; topic?: string },
): Error => {
  const { name, type } = (error ?? {}) as KafkaJSErrorLike;
  if (type === 'UNKNOWN_TOPIC_OR_PARTITION' && context.topic !== undefined)
    return new TopicNotFoundError(context.topic);
  if (name !== undefined && UNAVAILABLE.has(name))
    return new BusUnavailableError(context.operation, context.brokers, { cause: error });
  return error instanceof Error ? error : new Error(String(error));
};
