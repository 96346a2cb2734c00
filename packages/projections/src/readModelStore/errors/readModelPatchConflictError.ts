export const READ_MODEL_PATCH_CONFLICT_CODE = 'READ_MODEL_PATCH_CONFLICT';

/** A patch that cannot apply to the stored document (`$inc` on a non-number, `$set` through a scalar). */
export class ReadModelPatchConflictError extends Error {
  readonly code = READ_MODEL_PATCH_CONFLICT_CODE;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReadModelPatchConflictError';
  }
}

export const isReadModelPatchConflictError = (error: unknown): error is ReadModelPatchConflictError =>
  error instanceof Error && (error as { code?: unknown }).code === READ_MODEL_PATCH_CONFLICT_CODE;
