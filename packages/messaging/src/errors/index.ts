export { BUS_TOPIC_NOT_FOUND, TopicNotFoundError, isTopicNotFoundError } from './topicNotFoundError';
export { BUS_CLOSED, BusClosedError, isBusClosedError } from './busClosedError';
export {
  BUS_INVALID_REQUEST,
  InvalidBusRequestError,
  isInvalidBusRequestError,
} from './invalidBusRequestError';
export { BUS_MESSAGE_REFUSED, MessageRefusedError, isMessageRefusedError } from './messageRefusedError';
export { BUS_UNAVAILABLE, BusUnavailableError, isBusUnavailableError } from './busUnavailableError';

/** Every stable code a bus adapter may raise. */
export type BusErrorCode =
  'BUS_TOPIC_NOT_FOUND' | 'BUS_CLOSED' | 'BUS_INVALID_REQUEST' | 'BUS_UNAVAILABLE' | 'BUS_MESSAGE_REFUSED';
