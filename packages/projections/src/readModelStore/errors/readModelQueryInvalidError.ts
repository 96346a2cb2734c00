export const READ_MODEL_QUERY_INVALID_CODE = 'READ_MODEL_QUERY_INVALID';

/** A filter, sort, cursor, limit, field path, collection name or index definition the store cannot run. */
export class ReadModelQueryInvalidError extends Error {
  readonly code = READ_MODEL_QUERY_INVALID_CODE;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReadModelQueryInvalidError';
  }
}

export const isReadModelQueryInvalidError = (error: unknown): error is ReadModelQueryInvalidError =>
  error instanceof Error && (error as { code?: unknown }).code === READ_MODEL_QUERY_INVALID_CODE;
