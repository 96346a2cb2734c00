import type { IsoDate } from '../calendar/types';

const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * An instant written in China Standard Time on a day every month has and an hour before 24: its
 * date is its first ten characters. (Date.parse also takes 2018-02-30 and 24:00, rolling them over;
 * those take the long way.) Replays convert every event's instant: the short way is most of them.
 */
const CST_INSTANT =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?\+08:00$/;

/** The last instant converted the long way: one command asks for its date several times (a pure memo). */
let lastInstant: string | undefined;
let lastDate: IsoDate | undefined;

/** The China Standard Time calendar date of an ISO 8601 instant, or undefined when it is not one. */
export const chinaDateOf = (instant: string): IsoDate | undefined => {
  if (CST_INSTANT.test(instant)) return instant.slice(0, 10);
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
