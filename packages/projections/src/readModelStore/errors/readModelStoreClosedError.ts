export const READ_MODEL_STORE_CLOSED_CODE = 'READ_MODEL_STORE_CLOSED';

/** The store was used after `close()`. */
export class ReadModelStoreClosedError extends Error {
  readonly code = READ_MODEL_STORE_CLOSED_CODE;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReadModelStoreClosedError';
  }
}

export const isReadModelStoreClosedError = (error: unknown): error is ReadModelStoreClosedError =>
  error instanceof Error && (error as { code?: unknown }).code === READ_MODEL_STORE_CLOSED_CODE;
