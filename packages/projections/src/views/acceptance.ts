import type { AcceptanceStage, PilotUnitState } from '@gongkai/domain';
import { lastAcceptance, pilotStatus } from '@gongkai/domain';
import type { AcceptanceStageView, AcceptanceView, RectificationView } from './types';

const stageView = (state: PilotUnitState, stage: AcceptanceStage): AcceptanceStageView => {
  const attempts = state.acceptances.filter((acceptance) => acceptance.stage === stage).length;
  const last = lastAcceptance(state, stage);
  return {
    stage,
    conducted: attempts > 0,
    attempts,
    score: last?.score ?? null,
    passed: last?.passed ?? null,
    findingsCount: last?.findings.length ?? 0,
    findings: last?.findings.map((finding) => finding.text) ?? [],
    findingItems: last?.findings ?? [],
    history: state.acceptances
      .filter((acceptance) => acceptance.stage === stage)
      .map(({ score, passed, conductedOn }) => ({ score, passed, conductedOn })),
    conductedBy: last?.conductedBy ?? null,
    conductedOn: last?.conductedOn ?? null,
  };
};

const rectificationViews = (state: PilotUnitState): RectificationView[] => {
  const open = state.openRectification;
  const lastIndex = state.rectifications.length - 1;
  return state.rectifications.map((rectification, index) => ({
    stage: rectification.stage,
    requestedBy: rectification.requestedBy,
    items: rectification.items,
    requestedOn: rectification.requestedOn,
    dueOn: rectification.dueOn,
    // Only the latest request can still be open (a new acceptance at its stage closes it).
    open:
      open !== null &&
      index === lastIndex &&
      open.stage === rectification.stage &&
      open.requestedOn === rectification.requestedOn,
  }));
};

/**
 * Where a pilot unit stands in acceptance. `throughPrefecture` is false for a unit that reports to
 * the province directly: it has no prefecture stage.
 */
export const acceptanceView = (state: PilotUnitState, throughPrefecture: boolean): AcceptanceView => ({
  status: pilotStatus(state),
  pilotLevel: state.pilotLevel,
  registeredOn: state.registeredOn,
  areas: state.areas,
  plan: state.plan && {
    version: state.plan.version,
    firstFiledOn: state.planFirstFiledOn ?? state.plan.filedOn,
    title: state.plan.title,
    documentNumber: state.plan.documentNumber,
    filedWith: state.plan.filedWith,
    filedOn: state.plan.filedOn,
  },
  selfAssessmentSubmittedOn: state.selfAssessment?.submittedOn ?? null,
  selfAssessment: state.selfAssessment && {
    practices: state.selfAssessment.practices,
    results: state.selfAssessment.results,
    difficulties: state.selfAssessment.difficulties,
    suggestions: state.selfAssessment.suggestions,
    submittedOn: state.selfAssessment.submittedOn,
  },
  pilotReport: state.pilotReport && {
    title: state.pilotReport.title,
    submittedBy: state.pilotReport.submittedBy,
    submittedTo: state.pilotReport.submittedTo,
    submittedOn: state.pilotReport.submittedOn,
  },
  prefecture: throughPrefecture ? stageView(state, 'prefecture') : null,
  province: stageView(state, 'province'),
  rectifications: rectificationViews(state),
  openRectifications: state.openRectification ? 1 : 0,
  completion: {
    completed: state.completedOn !== null,
    finalScore: state.finalScore,
    completedOn: state.completedOn,
  },
});
