import { hasCode } from './hasCode';

export const STREAM_DELETED = 'STREAM_DELETED';

/**
 * The stream was deleted or tombstoned in the store by an operator (the port itself never deletes):
 * its id cannot be appended to again. Use another stream id, or restore the stream in the store.
 */
export class StreamDeletedError extends Error {
  readonly code = STREAM_DELETED;

  constructor(readonly streamId: string) {
    super(
      `Stream ${JSON.stringify(streamId)} was deleted in the event store and takes no more events: ` +
        'append to another stream, or have an operator restore it.',
    );
    this.name = 'StreamDeletedError';
  }
}

export const isStreamDeletedError = (error: unknown): error is StreamDeletedError =>
  hasCode(error, STREAM_DELETED);
