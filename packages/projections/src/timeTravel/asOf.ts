import type { IsoDate } from '@gongkai/domain';
import { occurredOn } from '@gongkai/domain';
import type { RecordedEvent } from '@gongkai/event-store';
import type { AsOf } from '../views/types';

export const INVALID_AS_OF = 'INVALID_AS_OF';

/** An "as of" that cannot be read: the message says what to send instead. */
export class InvalidAsOfError extends Error {
  readonly code = INVALID_AS_OF;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAsOfError';
  }
}

export const isInvalidAsOfError = (error: unknown): error is InvalidAsOfError =>
  error instanceof InvalidAsOfError;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRealDate = (date: string): boolean =>
  ISO_DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

/** The asOf, checked; undefined when it asks for nothing (a live view). */
export const parseAsOf = (asOf: AsOf | undefined): AsOf | undefined => {
  if (asOf === undefined || asOf === null) return undefined;
  const { position, date } = asOf;
  if (position === undefined && date === undefined) return undefined;
  if (position !== undefined && (!Number.isSafeInteger(position) || position < 0)) {
    throw new InvalidAsOfError(
      `asOf.position must be an event-store position (an integer ≥ 0), got ${String(position)}.`,
    );
  }
  if (date !== undefined && (typeof date !== 'string' || !isRealDate(date))) {
    throw new InvalidAsOfError(
      `asOf.date must be a calendar date YYYY-MM-DD (China time), got ${String(date)}.`,
    );
  }
  return { ...(position === undefined ? {} : { position }), ...(date === undefined ? {} : { date }) };
};

/**
 * The as-of rule, for every view: an event is included when its global position is ≤
 * `asOf.position` (when given) and the China Standard Time date of its business time
 * (`metadata.occurredAt`) is ≤ `asOf.date` (when given). The dates inside events (filedOn,
 * publishedOn …) are never after that date (the domain refuses facts dated after the command that
 * records them), so an included event's own dates are all on or before `asOf.date` too.
 */
export const asOfPredicate = (asOf: AsOf): ((event: RecordedEvent) => boolean) => {
  const { position, date } = asOf;
  let lastInstant = '';
  let lastDate: IsoDate = '';
  const dateOf = (occurredAt: string): IsoDate => {
    if (occurredAt !== lastInstant) {
      lastInstant = occurredAt;
      lastDate = occurredOn({ occurredAt });
    }
    return lastDate;
  };
  return (event) =>
    (position === undefined || event.position <= position) &&
    (date === undefined || dateOf(event.metadata.occurredAt) <= date);
};
