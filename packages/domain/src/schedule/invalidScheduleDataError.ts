/** Milestone data that is malformed or refers to milestones that do not exist. */
export class InvalidScheduleDataError extends Error {
  readonly code = 'INVALID_SCHEDULE_DATA';

  constructor(readonly issues: readonly string[]) {
    super(`The milestone data is invalid; fix these entries:\n- ${issues.join('\n- ')}`);
    this.name = 'InvalidScheduleDataError';
  }
}

export const isInvalidScheduleDataError = (error: unknown): error is InvalidScheduleDataError =>
  error instanceof Error && (error as { code?: unknown }).code === 'INVALID_SCHEDULE_DATA';
