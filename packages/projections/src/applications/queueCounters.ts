import type { ApplicationState, IsoDate, WorkingDayCalendar } from '@gongkai/domain';
import { applicationClock } from '@gongkai/domain';
import { applicationStages, stageOf } from './applicationStage';
import { firstDayFrom } from './dayIndex';

/**
 * The queue's counters of a county's CLOSED applications (answered, every review or suit
 * concluded): a closed application's stage as of any date is fixed by its dated facts, so each one
 * is kept as the days its stage changes, and a county's count per stage as of a date is its counts
 * at the start of that month plus the changes of the month up to the date (a sum over at most a
 * month's days, not a scan of every application).
 */
export interface StageDay {
  on: IsoDate;
  /** Change of the count of each stage on that day, in the order of `applicationStages`. */
  changes: number[];
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}/g;

/**
 * The days an application's stage changes, each with the stage it enters: its stage only moves on
 * the dates its facts carry (receipt, correction, consultation sent, replied or due, fee, decision,
 * delivery, case filed or concluded), so the stage on each of them is the whole timeline.
 */
export const stageTimeline = (
  state: ApplicationState,
  calendar: WorkingDayCalendar,
): { on: IsoDate; stage: number }[] => {
  const receivedOn = state.receivedOn!;
  const dates = new Set<string>();
  for (const [date] of JSON.stringify(state).matchAll(ISO_DATE)) if (date >= receivedOn) dates.add(date);
  const timeline: { on: IsoDate; stage: number }[] = [];
  for (const on of [...dates].sort()) {
    const stage = applicationStages.indexOf(stageOf(state, applicationClock(state, on, calendar), on));
    if (timeline.at(-1)?.stage !== stage) timeline.push({ on, stage });
  }
  return timeline;
};

const changeOn = (days: StageDay[], on: IsoDate, stage: number, change: number): void => {
  const index = firstDayFrom(days, on);
  let day = days[index];
  if (day?.on !== on) {
    day = { on, changes: zeroStageCounts() };
    days.splice(index, 0, day);
  }
  day.changes[stage]! += change;
  // A day whose changes cancel out goes, so an incremental build equals a rebuild.
  if (day.changes.every((count) => count === 0)) days.splice(index, 1);
};

export interface StageChange {
  on: IsoDate;
  stage: number;
  change: number;
}

/** The changes that add (`sign` 1) or withdraw (-1) one closed application's timeline. */
export const timelineChanges = (
  timeline: readonly { on: IsoDate; stage: number }[],
  sign: 1 | -1,
): StageChange[] =>
  timeline.flatMap(({ on, stage }, index) => {
    const previous = timeline[index - 1];
    const entered = { on, stage, change: sign };
    return previous === undefined ? [entered] : [entered, { on, stage: previous.stage, change: -sign }];
  });

/** Applies one change to a year's days (kept sorted; a day whose changes cancel out goes). */
export const applyChange = (days: StageDay[], { on, stage, change }: StageChange): void =>
  changeOn(days, on, stage, change);

/** The counts by stage as of `asOf` (order of `applicationStages`): the opening counts plus the changes up to it. */
export const stageCountsAsOf = (
  opening: readonly number[],
  days: readonly StageDay[],
  asOf: IsoDate,
): number[] => {
  const counts = [...opening];
  for (const day of days) {
    if (day.on > asOf) break;
    day.changes.forEach((change, stage) => (counts[stage]! += change));
  }
  return counts;
};

export const zeroStageCounts = (): number[] => applicationStages.map(() => 0);

/** The month (`YYYY-MM`) after `month`. */
export const nextMonth = (month: string): string => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
};

/**
 * The months (`YYYY-MM`) a closed application was open in (received, not yet answered): from its
 * receipt to its answer, both included. The queue as of a date lists the closed applications of
 * that month that were still open on it.
 */
export const openMonthsOf = (state: ApplicationState): string[] => {
  const from = state.receivedOn!.slice(0, 7);
  const to = state.decision!.decidedOn.slice(0, 7);
  const months: string[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
};
