export {
  STREAM_REVISION_CONFLICT,
  StreamRevisionConflictError,
  isStreamRevisionConflictError,
  type ActualRevision,
} from './streamRevisionConflictError';
export { EVENT_ID_CONFLICT, EventIdConflictError, isEventIdConflictError } from './eventIdConflictError';
export { INVALID_APPEND, InvalidAppendError, isInvalidAppendError } from './invalidAppendError';

/** Every stable code an event-store adapter may raise. */
export type EventStoreErrorCode = 'STREAM_REVISION_CONFLICT' | 'EVENT_ID_CONFLICT' | 'INVALID_APPEND';
