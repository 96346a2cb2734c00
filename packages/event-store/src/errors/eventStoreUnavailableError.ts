import { hasCode } from './hasCode';

export const EVENT_STORE_UNAVAILABLE = 'EVENT_STORE_UNAVAILABLE';

/**
 * The store's server did not answer (down, no leader, deadline passed). The operation may or may not
 * have taken effect: retry it; appends are idempotent on their event ids, so a retry is safe.
 */
export class EventStoreUnavailableError extends Error {
  readonly code = EVENT_STORE_UNAVAILABLE;

  constructor(
    readonly operation: string,
    readonly reason: string,
  ) {
    super(
      `The event store did not answer ${operation} (${reason}): retry later; ` +
        'a retried append with the same event ids is stored once.',
    );
    this.name = 'EventStoreUnavailableError';
  }
}

export const isEventStoreUnavailableError = (error: unknown): error is EventStoreUnavailableError =>
  hasCode(error, EVENT_STORE_UNAVAILABLE);
