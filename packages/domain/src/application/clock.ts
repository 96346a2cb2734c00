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
const pausesAsOf = (state: ApplicationState, asOf: IsoDate): (Interval & { reason: PauseReason; open: boolean })[] => {
  const consultations = state.consultations
    .filter((consultation) => consultation.sentOn <= asOf)
    .map((consultation) => {
      const end = consultationEnd(consultation, asOf);
      return { reason: 'consultation' as const, from: consultation.sentOn, to: end ?? asOf, open: end === null };
    });
  const fee = state.fee;
  const fees =
    fee !== null && fee.notifiedOn <= asOf
      ? [{ reason: 'fee' as const, from: fee.notifiedOn, to: paidBy(fee.paidOn, asOf) ?? asOf, open: paidBy(fee.paidOn, asOf) === null }]
      : [];
  return [...consultations, ...fees];
};

const paidBy = (paidOn: IsoDate | null, asOf: IsoDate): IsoDate | null => (paidOn !== null && paidOn <= asOf ? paidOn : null);

/** Working days in the union of the intervals, within (start, until]. */
const pausedWorkingDays = (pauses: readonly Interval[], start: IsoDate, until: IsoDate, calendar: WorkingDayCalendar): number => {
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
const dueDate = (start: IsoDate, allowed: number, pauses: readonly Interval[], calendar: WorkingDayCalendar): IsoDate => {
  let due = calendar.addWorkingDays(start, allowed);
  for (;;) {
    const next = calendar.addWorkingDays(start, allowed + pausedWorkingDays(pauses, start, due, calendar));
    if (next === due) return due;
    due = next;
  }
};

/**
 * The statutory clock of an application as of a date: computed from the dated facts of the state
 * that had happened by `asOf` (so a past date gives the clock as it stood then), never entered.
 * Pure.
 */
export const applicationClock = (state: ApplicationState, asOf: IsoDate, calendar: WorkingDayCalendar): ApplicationClock => {
  const { receivedOn, regulation } = state;
  if (receivedOn === null || regulation === null || receivedOn > asOf) return NO_CLOCK(asOf);
  const base = { ...NO_CLOCK(asOf), regulation };
  const correction = state.correction !== null && state.correction.requestedOn <= asOf ? state.correction : null;
  const decision = state.decision !== null && state.decision.decidedOn <= asOf ? state.decision : null;
  const correctedOn = correction?.receivedOn != null && correction.receivedOn <= asOf ? correction.receivedOn : null;
  if (correction !== null && correctedOn === null) {
    const status = decision === null ? 'awaiting-correction' : 'decided';
    return { ...base, status, startedOn: receivedOn, decidedOn: decision?.decidedOn ?? null, onTime: decision === null ? null : true };
  }
  const startedOn = correctedOn ?? receivedOn;
  const extension = state.extension !== null && state.extension.extendedOn <= asOf ? state.extension : null;
  const allowed = regulations[regulation].answerWorkingDays + (extension?.workingDays ?? 0);
  const pauses = pausesAsOf(state, decision?.decidedOn ?? asOf);
  const until = decision?.decidedOn ?? asOf;
  const used = calendar.workingDaysBetween(startedOn, until) - pausedWorkingDays(pauses, startedOn, until, calendar);
  const openPause = decision === null ? pauses.find((pause) => pause.open) : undefined;
  const deferral = state.volumeDeferral !== null && state.volumeDeferral.notifiedOn <= asOf ? state.volumeDeferral : null;
  const statutoryDue = openPause ? null : dueDate(startedOn, allowed, pauses, calendar);
  const dueOn = deferral !== null ? deferral.deferredTo : statutoryDue;
  const dueBy = deferral !== null ? 'volume-deferral' : extension !== null ? 'extension' : 'regulation';
  const common = { ...base, startedOn, allowedWorkingDays: allowed, usedWorkingDays: used, dueOn, dueBy } as const;
  if (decision !== null) {
    const late = dueOn !== null && decision.decidedOn > dueOn;
    const lateBy = late ? calendar.workingDaysBetween(dueOn, decision.decidedOn) : 0;
    return { ...common, status: 'decided', decidedOn: decision.decidedOn, overdueByWorkingDays: lateBy, onTime: !late };
  }
  if (openPause) return { ...common, status: 'paused', pausedFor: openPause.reason };
  const overdue = dueOn !== null && asOf > dueOn;
  const overdueBy = overdue ? calendar.workingDaysBetween(dueOn, asOf) : 0;
  return { ...common, status: overdue ? 'overdue' : 'running', overdueByWorkingDays: overdueBy };
};
