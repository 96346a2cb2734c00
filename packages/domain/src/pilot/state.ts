import type { IsoDate } from '../calendar/types';
import type { MessageOfType } from '../primitives';
import type { AreaCode, DivisionCode, PilotLevel } from '../tenants/types';
import type { AcceptanceStage } from './commands';
import type { PilotUnitEvent } from './events';

type DataOf<T extends PilotUnitEvent['type']> = Omit<MessageOfType<PilotUnitEvent, T>['data'], 'unit'>;

export type ImplementationPlan = DataOf<'ImplementationPlanFiled'>;
export type SelfAssessment = DataOf<'SelfAssessmentSubmitted'>;
export type PilotReport = DataOf<'PilotReportSubmitted'>;
export type AcceptanceRecord = DataOf<'AcceptanceConducted'>;
export type RectificationRecord = DataOf<'RectificationRequested'>;

export interface PilotUnitState {
  unit: DivisionCode | null;
  pilotLevel: PilotLevel | null;
  registeredOn: IsoDate | null;
  areas: readonly AreaCode[];
  areasAssignedOn: IsoDate | null;
  /** The latest filing; `version` counts filings. */
  plan: ImplementationPlan | null;
  /** The date of the first filing (a revised plan is filed again). */
  planFirstFiledOn: IsoDate | null;
  /** The latest self-assessment (resubmitted after a rectification request). */
  selfAssessment: SelfAssessment | null;
  pilotReport: PilotReport | null;
  /** Every acceptance, oldest first. */
  acceptances: readonly AcceptanceRecord[];
  rectifications: readonly RectificationRecord[];
  /** A rectification requested and not yet followed by a new acceptance at its stage. */
  openRectification: RectificationRecord | null;
  finalScore: number | null;
  completedOn: IsoDate | null;
  /** Ids of the feedback on the pilot as a whole (its special-topic home), to refuse a reused id; an array so the state stays a JSON document. */
  feedbackIds: readonly string[];
}

export const initialPilotUnitState = (): PilotUnitState => ({
  unit: null,
  pilotLevel: null,
  registeredOn: null,
  areas: [],
  areasAssignedOn: null,
  plan: null,
  planFirstFiledOn: null,
  selfAssessment: null,
  pilotReport: null,
  acceptances: [],
  rectifications: [],
  openRectification: null,
  finalScore: null,
  completedOn: null,
  feedbackIds: [],
});

/** The last acceptance at a stage, if any. */
export const lastAcceptance = (state: PilotUnitState, stage: AcceptanceStage): AcceptanceRecord | undefined =>
  state.acceptances.filter((acceptance) => acceptance.stage === stage).at(-1);

/** The passing acceptance at a stage, if the unit passed it. */
export const passedAcceptance = (
  state: PilotUnitState,
  stage: AcceptanceStage,
): AcceptanceRecord | undefined =>
  state.acceptances.find((acceptance) => acceptance.stage === stage && acceptance.passed);
