import { InvalidIsoDateError } from './invalidIsoDateError';
import type { IsoDate } from './types';

// Dates are handled as whole days since 1970-01-01 (UTC arithmetic on the date alone), so no
// result ever depends on the machine's time zone or clock.
const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;

/** Days since 1970-01-01; throws InvalidIsoDateError unless `date` is a real `YYYY-MM-DD` date. */
export function toDayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new InvalidIsoDateError(date);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new InvalidIsoDateError(date);
  }
  return ms / MS_PER_DAY;
}

export const fromDayNumber = (dayNumber: number): IsoDate =>
  new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7;

export const isWeekend = (dayNumber: number): boolean => {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
};

export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days);

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => toDayNumber(to) - toDayNumber(from);

/**
 * The China Standard Time (UTC+8) date of an instant such as an event's `occurredAt`. The instant
 * must carry Z or an offset: a bare local time would make the answer depend on the machine.
 */
export function toChinaDate(instant: string): IsoDate {
  if (ISO_DATE.test(instant)) return fromDayNumber(toDayNumber(instant));
  const ms = ZONED_INSTANT.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new InvalidIsoDateError(instant);
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Every date from `from` to `to`, both included (empty when `to` is earlier). */
export const datesFrom = (from: IsoDate, to: IsoDate): IsoDate[] =>
  Array.from({ length: Math.max(0, daysBetween(from, to) + 1) }, (_, i) => addDays(from, i));
