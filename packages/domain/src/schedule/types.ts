import type { IsoDate } from '../calendar/types';
import type { DivisionCode, PilotLevel, Tier } from '../tenants/types';

/**
 * Platform events that complete a milestone. The milestone data says which one completes which
 * milestone (`completedBy`); this list only guards that data against typos.
 */
export const MILESTONE_COMPLETION_EVENT_TYPES = [
  'ProgrammePlanFiled',
  'ImplementationPlanFiled',
  'SelfAssessmentSubmitted',
  'PilotReportSubmitted',
  'AcceptanceConducted',
  'PilotCompleted',
  'NationalReportSubmitted',
  'ProvincialPilotsSummarised',
] as const;

export type MilestoneCompletionEventType = (typeof MILESTONE_COMPLETION_EVENT_TYPES)[number];

export interface MilestoneResponsibility {
  tier: Tier;
  /** Chinese, as in the plan (e.g. 承担国家级试点任务的市). */
  role: string;
  unitCodes: DivisionCode[];
}

export interface MilestoneArtefact {
  name: string;
  nameEn: string;
  submittedTo: string | null;
}

export interface Milestone {
  /** Stable id from the plan's schedule (e.g. M-03). */
  id: string;
  kind: 'deadline' | 'milestone';
  /** Chinese description, as in the plan. */
  description: string;
  descriptionEn: string;
  /** Last day on which completing is on time ('X月底前' = the last day of month X). */
  dueDate: IsoDate;
  dueDateText: string;
  pilotLevels: PilotLevel[];
  responsible: MilestoneResponsibility[];
  artefact: MilestoneArtefact | null;
  /**
   * The events that complete it, any one of them (M-03: a prefecture's own plan, or a
   * province-administered county's pilot plan); empty when the platform records no such event.
   */
  completedBy: MilestoneCompletionEventType[];
  dependsOn: string[];
  seedSection: string;
  note?: string;
}

/**
 * An event that happened for the unit, on a China date. `pilotLevel` tells which pilots it was
 * about when one unit answers for both levels (the province accepts national pilots in July and
 * provincial ones in October, both with AcceptanceConducted).
 */
export interface MilestoneCompletion {
  eventType: string;
  on: IsoDate;
  pilotLevel?: PilotLevel;
}

export type MilestoneState = 'completed' | 'completed-late' | 'pending' | 'overdue' | 'untracked';

export interface MilestoneStatus {
  milestone: Milestone;
  state: MilestoneState;
  completedOn: IsoDate | null;
  /** Calendar days past the due date: at completion if completed late, at `asOf` if overdue; else 0. */
  daysLate: number;
}

export interface UnitMilestones {
  unit: DivisionCode;
  asOf: IsoDate;
  /** Every milestone the unit answers for, by due date. */
  all: MilestoneStatus[];
  /** Completed by `asOf`, on time or late. */
  completed: MilestoneStatus[];
  completedLate: MilestoneStatus[];
  /** Not completed, not yet due. */
  pending: MilestoneStatus[];
  /** Not completed and the due date has passed. */
  overdue: MilestoneStatus[];
  /** No platform event records completion. */
  untracked: MilestoneStatus[];
}
