import type { IsoDate } from '../calendar/types';
import { DateInFutureError, DatesOutOfOrderError } from '../errors';
import type { DecisionContext } from './decisionContext';
import { occurredOn } from './occurredOn';

export interface DatedField {
  field: string;
  date: IsoDate | null | undefined;
}

/** `later.date` must not be before any of `earlier` (absent dates are skipped). */
export const assertNotBefore = (later: { field: string; date: IsoDate }, ...earlier: DatedField[]): void => {
  for (const { field, date } of earlier) {
    if (date && later.date < date) {
      throw new DatesOutOfOrderError({
        field: later.field,
        date: later.date,
        mustNotBeBefore: { field, date },
      });
    }
  }
};

/** A recorded fact cannot be dated after the command that records it. */
export const assertNotInFuture = (
  context: Pick<DecisionContext, 'occurredAt'>,
  ...fields: DatedField[]
): void => {
  const today = occurredOn(context);
  for (const { field, date } of fields) {
    if (date && date > today) throw new DateInFutureError({ field, date, occurredOn: today });
  }
};
