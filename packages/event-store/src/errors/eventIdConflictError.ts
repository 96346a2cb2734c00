import { hasCode } from './hasCode';

export const EVENT_ID_CONFLICT = 'EVENT_ID_CONFLICT';

/**
 * An event id already stored in the stream with other content, or an append that repeats only some of
 * an earlier append's ids. A retry of the very same append is not an error: it returns the first result.
 */
export class EventIdConflictError extends Error {
  readonly code = EVENT_ID_CONFLICT;

  constructor(
    readonly streamId: string,
    readonly eventId: string,
    readonly reason: string,
  ) {
    super(
      `Event ${eventId} in stream ${JSON.stringify(streamId)} was already appended ${reason}: ` +
        'an event id names one event; give new events new ids, and retry an append only with identical events.',
    );
    this.name = 'EventIdConflictError';
  }
}

export const isEventIdConflictError = (error: unknown): error is EventIdConflictError =>
  hasCode(error, EVENT_ID_CONFLICT);
