import type { IsoDate } from '@gongkai/domain';
import { addDays, officialWorkingDayCalendar } from '@gongkai/domain';
import type { Random } from './random';

// Timeliness is judged on the official calendar (holidays and make-up working days), so the seed
// counts working days on the same one. The seed's own years are tabulated once: a scaled seed does
// millions of these sums, and a table lookup is far cheaper than parsing dates each time.
const calendar = officialWorkingDayCalendar;
const TABLE_FROM = '2017-01-01';
const TABLE_DAYS = 3 * 366;

interface Table {
  /** Working days in [TABLE_FROM, date], by date. */
  countThrough: Map<IsoDate, number>;
  /** The n-th working day (0-based) from TABLE_FROM. */
  workingDays: IsoDate[];
  isWorkingDay: Set<IsoDate>;
}

const table: Table = (() => {
  const countThrough = new Map<IsoDate, number>();
  const workingDays: IsoDate[] = [];
  for (let offset = 0; offset < TABLE_DAYS; offset++) {
    const date = addDays(TABLE_FROM, offset);
    if (calendar.isWorkingDay(date)) workingDays.push(date);
    countThrough.set(date, workingDays.length);
  }
  return { countThrough, workingDays, isWorkingDay: new Set(workingDays) };
})();

/** The date `days` working days after `date` (the date itself not counted). */
export const addWorkingDays = (date: IsoDate, days: number): IsoDate => {
  const count = table.countThrough.get(date);
  const target = count === undefined ? undefined : table.workingDays[count + days - 1];
  return days === 0 ? date : (target ?? calendar.addWorkingDays(date, days));
};

/** Working days in (from, to]. */
export const workingDaysBetween = (from: IsoDate, to: IsoDate): number => {
  const [start, end] = [table.countThrough.get(from), table.countThrough.get(to)];
  if (start === undefined || end === undefined) return calendar.workingDaysBetween(from, to);
  return Math.max(0, end - start);
};

/** `date` if it is a working day, else the next one. */
export const workingDayOnOrAfter = (date: IsoDate): IsoDate => {
  const tabulated = table.countThrough.has(date);
  const working = tabulated ? table.isWorkingDay.has(date) : calendar.isWorkingDay(date);
  return working ? date : addWorkingDays(date, 1);
};

/** A working day in [from, to] (or `from` moved to a working day when the range is empty). */
export const workingDayBetween = (random: Random, from: IsoDate, to: IsoDate): IsoDate => {
  const first = workingDayOnOrAfter(from);
  const span = workingDaysBetween(first, to);
  return span <= 0 ? first : addWorkingDays(first, random.int(0, span));
};

export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** Business time of a command on `date`, `minutes` after midnight, China Standard Time. */
export const occurredAtOn = (date: IsoDate, minutes: number): string => {
  const clamped = Math.min(23 * 60 + 59, Math.max(0, Math.round(minutes)));
  const hours = String(Math.floor(clamped / 60)).padStart(2, '0');
  const mins = String(clamped % 60).padStart(2, '0');
  return `${date}T${hours}:${mins}:00+08:00`;
};
