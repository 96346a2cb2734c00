import type { IsoDate, WorkingDayCalendar } from '../calendar/types';
import { regulations } from './regulation';
import type { RegulationId } from './regulation';
import { consultationEnd } from './state';
import type { ApplicationState } from './state';

export type ClockStatus =
  /** Not received as of the date. */
  | 'not-received'
  /** Waiting for the applicant's correction: no period runs; it starts again on the corrected application. */
  | 'awaiting-correction'
  /** A consultation or an unpaid fee stops the count. */
  | 'paused'
  | 'running'
  | 'overdue'
  /** Answered: the clock has ended. */
  | 'decided';

export type PauseReason = 'consultation' | 'fee';

export interface ApplicationClock {
  asOf: IsoDate;
  status: ClockStatus;
  regulation: RegulationId | null;
  /** The day the count starts after (receipt, or the corrected application's receipt). */
  startedOn: IsoDate | null;
  /** Working days allowed: the regulation's period plus an extension granted by the date. */
  allowedWorkingDays: number | null;
  /** Working days counted so far (pauses left out); at the answer for a decided application. */
  usedWorkingDays: number;
  /** The due date as it stands; null while no period runs or while paused. */
  dueOn: IsoDate | null;
  /** Why `dueOn` is what it is. */
  dueBy: 'regulation' | 'extension' | 'volume-deferral' | null;
  pausedFor: PauseReason | null;
  /** Working days past the due date (for a decided application: how late the answer was). */
  overdueByWorkingDays: number;
  decidedOn: IsoDate | null;
  onTime: boolean | null;
}

interface Interval {
  /** Exclusive. */
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
}

const NO_CLOCK = (asOf: IsoDate): ApplicationClock => ({
  asOf,
  status: 'not-received',
  regulation: null,
  startedOn: null,
  allowedWorkingDays: null,
  usedWorkingDays: 0,
  dueOn: null,
  dueBy: null,
  pausedFor: null,
  overdueByWorkingDays: 0,
  decidedOn: null,
  onTime: null,
});

/** The pauses that had begun by `asOf`, each cut at `asOf` when still open. */
const pausesAsOf = (
  state: ApplicationState,
  asOf: IsoDate,
): (Interval & { reason: PauseReason; open: boolean })[] => {
  const consultations = state.consultations
    .filter((consultation) => consultation.sentOn <= asOf)
    .map((consultation) => {
      const end = consultationEnd(consultation, asOf);
      return {
        reason: 'consultation' as const,
        from: consultation.sentOn,
        to: end ?? asOf,
        open: end === null,
      };
    });
  const fee = state.fee;
  const fees =
    fee !== null && fee.notifiedOn <= asOf
      ? [
          {
            reason: 'fee' as const,
            from: fee.notifiedOn,
            to: paidBy(fee.paidOn, asOf) ?? asOf,
            open: paidBy(fee.paidOn, asOf) === null,
          },
        ]
      : [];
  return [...consultations, ...fees];
};

const paidBy = (paidOn: IsoDate | null, asOf: IsoDate): IsoDate | null =>
  paidOn !== null && paidOn <= asOf ? paidOn : null;

/** Working days in the union of the intervals, within (start, until]. */
const pausedWorkingDays = (
  pauses: readonly Interval[],
  start: IsoDate,
  until: IsoDate,
  calendar: WorkingDayCalendar,
): number => {
  const clipped = pauses
    .map(({ from, to }) => ({ from: from < start ? start : from, to: to > until ? until : to }))
    .filter(({ from, to }) => from < to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let total = 0;
  let reached = start;
  for (const { from, to } of clipped) {
    const begin = from > reached ? from : reached;
    if (to > begin) total += calendar.workingDaysBetween(begin, to);
    if (to > reached) reached = to;
  }
  return total;
};

/** The first date on which `allowed` working days have run after `start`, pauses left out. */
const dueDate = (
  start: IsoDate,
  allowed: number,
  pauses: readonly Interval[],
  calendar: WorkingDayCalendar,
): IsoDate => {
  let due = calendar.addWorkingDays(start, allowed);
  for (;;) {
    const next = calendar.addWorkingDays(start, allowed + pausedWorkingDays(pauses, start, due, calendar));
    if (next === due) return due;
    due = next;
  }
};

const dated = <T>(fact: T | null, date: (fact: T) => IsoDate | null, asOf: IsoDate): T | null => {
  if (fact === null) return null;
  const on = date(fact);
  return on !== null && on <= asOf ? fact : null;
};

/** The facts of the state that had happened by `asOf`. */
const factsAsOf = (state: ApplicationState, asOf: IsoDate) => {
  const correction = dated(state.correction, (c) => c.requestedOn, asOf);
  return {
    correction,
    correctedOn: dated(correction, (c) => c.receivedOn, asOf)?.receivedOn ?? null,
    decision: dated(state.decision, (d) => d.decidedOn, asOf),
    extension: dated(state.extension, (e) => e.extendedOn, asOf),
    deferral: dated(state.volumeDeferral, (v) => v.notifiedOn, asOf),
  };
};

type Facts = ReturnType<typeof factsAsOf>;

const dueByOf = (facts: Facts): ApplicationClock['dueBy'] =>
  facts.deferral !== null ? 'volume-deferral' : facts.extension !== null ? 'extension' : 'regulation';

/** The clock of an application whose period runs (or ran) from `startedOn`. */
const periodClock = (
  state: ApplicationState,
  facts: Facts,
  base: ApplicationClock,
  startedOn: IsoDate,
  calendar: WorkingDayCalendar,
): ApplicationClock => {
  const { asOf } = base;
  const regulation = regulations[base.regulation!];
  const allowed = regulation.answerWorkingDays + (facts.extension?.workingDays ?? 0);
  const until = facts.decision?.decidedOn ?? asOf;
  const pauses = pausesAsOf(state, until);
  const used =
    calendar.workingDaysBetween(startedOn, until) - pausedWorkingDays(pauses, startedOn, until, calendar);
  // A pause that began after the deadline had passed does not stop an overdue clock.
  const dueSoFar = dueDate(startedOn, allowed, pauses, calendar);
  const openPause =
    facts.decision === null ? pauses.find((pause) => pause.open && pause.from < dueSoFar) : undefined;
  const statutoryDue = openPause ? null : dueSoFar;
  const dueOn = facts.deferral?.deferredTo ?? statutoryDue;
  const clock = {
    ...base,
    startedOn,
    allowedWorkingDays: allowed,
    usedWorkingDays: used,
    dueOn,
    dueBy: dueByOf(facts),
  };
  return finished(clock, facts, openPause?.reason ?? null, calendar);
};

/** The status: decided (on time or late), paused, running or overdue. */
const finished = (
  clock: ApplicationClock,
  facts: Facts,
  pausedFor: PauseReason | null,
  calendar: WorkingDayCalendar,
): ApplicationClock => {
  const { dueOn } = clock;
  const endedOn = facts.decision?.decidedOn ?? clock.asOf;
  const late = dueOn !== null && endedOn > dueOn;
  const lateBy = late ? calendar.workingDaysBetween(dueOn, endedOn) : 0;
  if (facts.decision !== null) {
    const decidedOn = facts.decision.decidedOn;
    return { ...clock, status: 'decided', decidedOn, overdueByWorkingDays: lateBy, onTime: !late };
  }
  if (pausedFor !== null) return { ...clock, status: 'paused', pausedFor };
  return { ...clock, status: late ? 'overdue' : 'running', overdueByWorkingDays: lateBy };
};

/**
 * The statutory clock of an application as of a date: computed from the dated facts of the state
 * that had happened by `asOf` (so a past date gives the clock as it stood then), never entered.
 * While a correction is awaited no period runs; the corrected application starts it again. Pure.
 */
export const applicationClock = (
  state: ApplicationState,
  asOf: IsoDate,
  calendar: WorkingDayCalendar,
): ApplicationClock => {
  const { receivedOn, regulation } = state;
  if (receivedOn === null || regulation === null || receivedOn > asOf) return NO_CLOCK(asOf);
  const base = { ...NO_CLOCK(asOf), regulation };
  const facts = factsAsOf(state, asOf);
  if (facts.correction !== null && facts.correctedOn === null) {
    const decidedOn = facts.decision?.decidedOn ?? null;
    return decidedOn === null
      ? { ...base, status: 'awaiting-correction', startedOn: receivedOn }
      : { ...base, status: 'decided', startedOn: receivedOn, decidedOn, onTime: true };
  }
  return periodClock(state, facts, base, facts.correctedOn ?? receivedOn, calendar);
};
