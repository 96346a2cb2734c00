import { daysBetween, toDayNumber } from '../calendar/isoDate';
import type { IsoDate } from '../calendar/types';
import type { DivisionCode } from '../tenants/types';
import type { Milestone, MilestoneCompletion, MilestoneStatus, UnitMilestones } from './types';

/** The milestones a unit answers for (it is listed among the responsible units), by due date. */
export const milestonesFor = (milestones: readonly Milestone[], unit: DivisionCode): Milestone[] =>
  milestones
    .filter((milestone) => milestone.responsible.some((entry) => entry.unitCodes.includes(unit)))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));

/**
 * Where a unit stands on its milestones as of a date: completed (on time or late), pending, overdue
 * (due date passed, not completed) or untracked. Completions after `asOf` are ignored, so any past
 * date gives the picture of that day. A milestone is on time when completed on its due date.
 */
export function overdueMilestones(input: {
  milestones: readonly Milestone[];
  unit: DivisionCode;
  completions: readonly MilestoneCompletion[];
  asOf: IsoDate;
}): UnitMilestones {
  const { unit, asOf } = input;
  toDayNumber(asOf); // refuse a malformed date before it is compared as a string
  const all = milestonesFor(input.milestones, unit).map((milestone) =>
    milestoneStatus(milestone, input.completions, asOf),
  );
  const where = (...states: MilestoneStatus['state'][]) =>
    all.filter((status) => states.includes(status.state));
  return {
    unit,
    asOf,
    all,
    completed: where('completed', 'completed-late'),
    completedLate: where('completed-late'),
    pending: where('pending'),
    overdue: where('overdue'),
    untracked: where('untracked'),
  };
}

/** One milestone's status as of a date, given the unit's completions. */
export function milestoneStatus(
  milestone: Milestone,
  completions: readonly MilestoneCompletion[],
  asOf: IsoDate,
): MilestoneStatus {
  if (milestone.completedBy.length === 0)
    return { milestone, state: 'untracked', completedOn: null, daysLate: 0 };
  const completedOn = firstCompletion(milestone, completions, asOf);
  if (completedOn !== null) {
    const daysLate = Math.max(0, daysBetween(milestone.dueDate, completedOn));
    return { milestone, state: daysLate > 0 ? 'completed-late' : 'completed', completedOn, daysLate };
  }
  const daysLate = Math.max(0, daysBetween(milestone.dueDate, asOf));
  return { milestone, state: daysLate > 0 ? 'overdue' : 'pending', completedOn: null, daysLate };
}

function firstCompletion(
  milestone: Milestone,
  completions: readonly MilestoneCompletion[],
  asOf: IsoDate,
): IsoDate | null {
  const dates = completions
    .filter(
      (completion) =>
        (milestone.completedBy as readonly string[]).includes(completion.eventType) &&
        (completion.pilotLevel === undefined || milestone.pilotLevels.includes(completion.pilotLevel)) &&
        toDayNumber(completion.on) <= toDayNumber(asOf),
    )
    .map((completion) => completion.on)
    .sort();
  return dates[0] ?? null;
}
