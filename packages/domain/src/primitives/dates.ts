import type { IsoDate } from '../calendar/types';

const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The last instant converted: one command asks for its date several times (a pure memo). */
let lastInstant: string | undefined;
let lastDate: IsoDate | undefined;

/** The China Standard Time calendar date of an ISO 8601 instant, or undefined when it is not one. */
export const chinaDateOf = (instant: string): IsoDate | undefined => {
  if (instant === lastInstant) return lastDate;
  const ms = Date.parse(instant);
  const date = Number.isNaN(ms)
    ? undefined
    : new Date(ms + CHINA_STANDARD_TIME_OFFSET_MS).toISOString().slice(0, 10);
  lastInstant = instant;
  lastDate = date;
  return date;
};

/** ISO dates compare as strings. */
export const isBefore = (date: IsoDate, other: IsoDate): boolean => date < other;

export const latestOf = (dates: readonly (IsoDate | null | undefined)[]): IsoDate | null =>
  dates.reduce<IsoDate | null>((latest, date) => (date && (!latest || date > latest) ? date : latest), null);
