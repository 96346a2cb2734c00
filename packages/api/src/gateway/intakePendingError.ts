/** The message is on its way through the intake; its outcome did not arrive within the wait. */
export class IntakePendingError extends Error {
  readonly code = 'INTAKE_PENDING';
  constructor(readonly messageId: string) {
    super(`Message ${messageId} was accepted for processing; ask intakeStatus for its outcome.`);
    this.name = 'IntakePendingError';
  }
}

export const isIntakePendingError = (error: unknown): error is IntakePendingError =>
  error instanceof Error && (error as { code?: unknown }).code === 'INTAKE_PENDING';
