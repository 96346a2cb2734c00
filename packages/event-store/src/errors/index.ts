export {
  STREAM_REVISION_CONFLICT,
  StreamRevisionConflictError,
  isStreamRevisionConflictError,
  type ActualRevision,
} from './streamRevisionConflictError';
export { EVENT_ID_CONFLICT, EventIdConflictError, isEventIdConflictError } from './eventIdConflictError';
export { INVALID_APPEND, InvalidAppendError, isInvalidAppendError } from './invalidAppendError';
export {
  EVENT_STORE_UNAVAILABLE,
  EventStoreUnavailableError,
  isEventStoreUnavailableError,
} from './eventStoreUnavailableError';
export { STREAM_DELETED, StreamDeletedError, isStreamDeletedError } from './streamDeletedError';

/** Every stable code an event-store adapter may raise. */
export type EventStoreErrorCode =
  | 'STREAM_REVISION_CONFLICT'
  | 'EVENT_ID_CONFLICT'
  | 'INVALID_APPEND'
  | 'STREAM_DELETED'
  | 'EVENT_STORE_UNAVAILABLE';
