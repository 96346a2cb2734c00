import { BusUnavailableError, MessageRefusedError, TopicNotFoundError } from '../errors';

interface KafkaJSErrorLike {
  name?: string;
  type?: string;
  retriable?: boolean;
  cause?: unknown;
}

/** Protocol errors about the records themselves: the same records are refused every time. */
const REFUSED_RECORDS = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
]);

/** kafkajs wraps a non-retriable error (KafkaJSNonRetriableError) with the protocol error as its cause. */
const protocolTypeOf = (error: KafkaJSErrorLike): string | undefined => {
  const cause = (error.cause ?? {}) as KafkaJSErrorLike;
  return error.type ?? cause.type;
};

/** A failure owed to the request's own records or topic: another request in the same send would not fail. */
export const isAboutTheRecords = (error: unknown): boolean => {
  const like = (error ?? {}) as KafkaJSErrorLike;
  const protocolType = protocolTypeOf(like);
  return (
    like.type === 'UNKNOWN_TOPIC_OR_PARTITION' ||
    (protocolType !== undefined &&
      (REFUSED_RECORDS.has(protocolType) || protocolType === 'UNKNOWN_TOPIC_OR_PARTITION'))
  );
};

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
  const like = (error ?? {}) as KafkaJSErrorLike;
  const { name, type } = like;
  if (type === 'UNKNOWN_TOPIC_OR_PARTITION' && context.topic !== undefined)
    return new TopicNotFoundError(context.topic);
  const protocolType = protocolTypeOf(like);
  if (context.topic !== undefined && protocolType !== undefined && REFUSED_RECORDS.has(protocolType))
    return new MessageRefusedError(context.topic, protocolType, { cause: error });
  if (name !== undefined && UNAVAILABLE.has(name))
    return new BusUnavailableError(context.operation, context.brokers, { cause: error });
  return error instanceof Error ? error : new Error(String(error));
};
