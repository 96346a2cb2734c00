import { DomainError, isDomainError } from '../domainError';

export const DATE_IN_FUTURE = 'DATE_IN_FUTURE';

export type DateInFutureDetails = { field: string; date: string; occurredOn: string };

/** A fact dated after the command that records it. */
export class DateInFutureError extends DomainError {
  declare readonly code: typeof DATE_IN_FUTURE;
  declare readonly details: DateInFutureDetails;

  constructor(p: DateInFutureDetails) {
    super(
      DATE_IN_FUTURE,
      `${p.field} ${p.date} is after the command's own date ${p.occurredOn}: record facts once they have happened.`,
      p,
    );
  }
}

export const isDateInFutureError = (error: unknown): error is DateInFutureError =>
  isDomainError(error, DATE_IN_FUTURE);
