import type { ExpectedRevision } from '../port';
import { hasCode } from './hasCode';

export const STREAM_REVISION_CONFLICT = 'STREAM_REVISION_CONFLICT';

/** The stream's revision when the append was attempted: a number, or `no-stream` when it did not exist. */
export type ActualRevision = number | 'no-stream';

/** The stream moved on (or did not exist, or already existed) since the caller read it. */
export class StreamRevisionConflictError extends Error {
  readonly code = STREAM_REVISION_CONFLICT;

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: ActualRevision,
  ) {
    super(
      `Stream ${JSON.stringify(streamId)} was expected at revision ${String(expected)} but is at ${String(actual)}: ` +
        'read the stream again, decide again, and append with the new revision.',
    );
    this.name = 'StreamRevisionConflictError';
  }
}

export const isStreamRevisionConflictError = (error: unknown): error is StreamRevisionConflictError =>
  hasCode(error, STREAM_REVISION_CONFLICT);
