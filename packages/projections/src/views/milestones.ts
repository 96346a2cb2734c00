import type {
  DivisionCode,
  IsoDate,
  Milestone,
  MilestoneCompletion,
  MilestoneStatus,
  TenantUnit,
} from '@gongkai/domain';
import { milestonesFor, milestoneStatus } from '@gongkai/domain';
import type { ProjectionContext } from '../projectors/context';
import type { MilestoneFactsDocument } from '../projectors/milestoneFactsProjector';
import type { MilestoneCounts, MilestoneStatusView, UnitMilestonesView } from './types';

/**
 * Events on the pilots' streams that a unit above them does or waits for (its report on them, its
 * acceptance, their completion). The pilots' own filings (plans, self-assessments) never complete
 * a milestone of the prefecture or the province: those file their own plans.
 */
const ROLLED_UP: ReadonlySet<string> = new Set([
  'PilotReportSubmitted',
  'AcceptanceConducted',
  'PilotCompleted',
]);

/**
 * The completions of milestone `milestone` for unit `unit`:
 * - its own facts (a pilot unit's filings, reports, completion; a prefecture's or the province's
 *   own plan, the province's summary and report submission);
 * - for a unit above pilot units (prefecture, province), for the events in ROLLED_UP: the day by
 *   which every pilot unit below it of the milestone's pilot levels had the event (an acceptance:
 *   conducted by this unit). A prefecture's "acceptance of its pilots" is done when the last of
 *   them is accepted.
 */
const completionsOf = (
  milestone: Milestone,
  unit: TenantUnit,
  facts: ReadonlyMap<DivisionCode, MilestoneFactsDocument>,
  context: ProjectionContext,
): MilestoneCompletion[] => {
  const types: readonly string[] = milestone.completedBy;
  const own = facts.get(unit.code);
  const pilotLevel = own?.pilotLevel ?? unit.pilotLevel ?? undefined;
  const completions: MilestoneCompletion[] = (own?.facts ?? [])
    .filter((fact) => types.includes(fact.type))
    .map((fact) => ({ eventType: fact.type, on: fact.on, ...(pilotLevel ? { pilotLevel } : {}) }));
  const type = types.find((candidate) => ROLLED_UP.has(candidate));
  if (unit.pilotLevel !== null || type === undefined) return completions;
  const subjects = context.directory
    .all()
    .filter(
      (candidate) =>
        candidate.pilotLevel !== null &&
        milestone.pilotLevels.includes(candidate.pilotLevel) &&
        context.ancestorsOf(candidate.code).includes(unit.code),
    );
  if (subjects.length === 0) return completions;
  const dates = subjects.map(
    (subject) =>
      (facts.get(subject.code)?.facts ?? [])
        .filter((fact) => fact.type === type && (type !== 'AcceptanceConducted' || fact.by === unit.code))
        .map((fact) => fact.on)
        .sort()[0],
  );
  if (dates.every((date): date is string => date !== undefined)) {
    completions.push({ eventType: type, on: dates.sort().at(-1) ?? '' });
  }
  return completions;
};

const statusView = ({ milestone, state, completedOn, daysLate }: MilestoneStatus): MilestoneStatusView => ({
  id: milestone.id,
  kind: milestone.kind,
  description: milestone.description,
  descriptionEn: milestone.descriptionEn,
  dueDate: milestone.dueDate,
  dueDateText: milestone.dueDateText,
  pilotLevels: milestone.pilotLevels,
  completedBy: milestone.completedBy,
  state,
  completedOn,
  daysLate,
});

export const countMilestones = (statuses: readonly { state: string }[]): MilestoneCounts => {
  const count = (state: string): number => statuses.filter((status) => status.state === state).length;
  return {
    total: statuses.length,
    completed: count('completed') + count('completed-late'),
    completedLate: count('completed-late'),
    pending: count('pending'),
    overdue: count('overdue'),
    untracked: count('untracked'),
  };
};

export const sumMilestoneCounts = (all: readonly MilestoneCounts[]): MilestoneCounts =>
  all.reduce(
    (sum, counts) => ({
      total: sum.total + counts.total,
      completed: sum.completed + counts.completed,
      completedLate: sum.completedLate + counts.completedLate,
      pending: sum.pending + counts.pending,
      overdue: sum.overdue + counts.overdue,
      untracked: sum.untracked + counts.untracked,
    }),
    countMilestones([]),
  );

/** A unit's milestones judged on `asOf`, from the facts of the unit and of the pilot units below it. */
export const unitMilestones = (
  unit: TenantUnit,
  facts: ReadonlyMap<DivisionCode, MilestoneFactsDocument>,
  context: ProjectionContext,
  milestones: readonly Milestone[],
  asOf: IsoDate,
): UnitMilestonesView => {
  const statuses = milestonesFor(milestones, unit.code).map((milestone) =>
    statusView(milestoneStatus(milestone, completionsOf(milestone, unit, facts, context), asOf)),
  );
  return {
    tenant: unit.code,
    ancestors: context.ancestorsOf(unit.code),
    name: unit.name,
    tier: unit.tier,
    asOf,
    milestones: statuses,
    counts: countMilestones(statuses),
    overdue: statuses.filter((status) => status.state === 'overdue'),
  };
};

/** True when some milestone names the unit among those responsible. */
export const answersForMilestones = (milestones: readonly Milestone[], code: DivisionCode): boolean =>
  milestonesFor(milestones, code).length > 0;
