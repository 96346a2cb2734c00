import { DomainError, isDomainError } from '../domainError';

export const DATES_OUT_OF_ORDER = 'DATES_OUT_OF_ORDER';

export type DatesOutOfOrderDetails = {
  field: string;
  date: string;
  mustNotBeBefore: { field: string; date: string };
};

/** A date earlier than a date it must follow. */
export class DatesOutOfOrderError extends DomainError {
  declare readonly code: typeof DATES_OUT_OF_ORDER;
  declare readonly details: DatesOutOfOrderDetails;

  constructor(p: DatesOutOfOrderDetails) {
    super(
      DATES_OUT_OF_ORDER,
      `${p.field} ${p.date} is before ${p.mustNotBeBefore.field} ${p.mustNotBeBefore.date}: it must be on or after that date.`,
      p,
    );
  }
}

export const isDatesOutOfOrderError = (error: unknown): error is DatesOutOfOrderError =>
  isDomainError(error, DATES_OUT_OF_ORDER);
