import type { IsoDate } from '../calendar/types';

const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The China Standard Time calendar date of an ISO 8601 instant, or undefined when it is not one. */
export const chinaDateOf = (instant: string): IsoDate | undefined => {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms + CHINA_STANDARD_TIME_OFFSET_MS).toISOString().slice(0, 10);
};

/** ISO dates compare as strings. */
export const isBefore = (date: IsoDate, other: IsoDate): boolean => date < other;

export const latestOf = (dates: readonly (IsoDate | null | undefined)[]): IsoDate | null =>
  dates.reduce<IsoDate | null>((latest, date) => (date && (!latest || date > latest) ? date : latest), null);
