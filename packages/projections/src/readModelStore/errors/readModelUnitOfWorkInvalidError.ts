export const READ_MODEL_UNIT_OF_WORK_INVALID_CODE = 'READ_MODEL_UNIT_OF_WORK_INVALID';

/** A unit of work misused: bad or decreasing positions, a checkpoint below its writes, use after commit. */
export class ReadModelUnitOfWorkInvalidError extends Error {
  readonly code = READ_MODEL_UNIT_OF_WORK_INVALID_CODE;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReadModelUnitOfWorkInvalidError';
  }
}

export const isReadModelUnitOfWorkInvalidError = (error: unknown): error is ReadModelUnitOfWorkInvalidError =>
  error instanceof Error && (error as { code?: unknown }).code === READ_MODEL_UNIT_OF_WORK_INVALID_CODE;
