export const READ_MODEL_DOCUMENT_INVALID_CODE = 'READ_MODEL_DOCUMENT_INVALID';

/** A document or patch with the wrong shape (no `_id`/`tenant`/`ancestors`, a reserved field patched, ...). */
export class ReadModelDocumentInvalidError extends Error {
  readonly code = READ_MODEL_DOCUMENT_INVALID_CODE;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReadModelDocumentInvalidError';
  }
}

export const isReadModelDocumentInvalidError = (error: unknown): error is ReadModelDocumentInvalidError =>
  error instanceof Error && (error as { code?: unknown }).code === READ_MODEL_DOCUMENT_INVALID_CODE;
