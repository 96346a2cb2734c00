import type { PilotUnitEvent } from './events';
import type { PilotUnitState } from './state';

const without = <T extends { unit: string }>(data: T): Omit<T, 'unit'> => {
  const { unit: _unit, ...rest } = data;
  return rest;
};

/** Folds one pilot-unit event into the state. Pure; projections reuse it for "as of" queries. */
export const evolvePilotUnit = (state: PilotUnitState, event: PilotUnitEvent): PilotUnitState => {
  switch (event.type) {
    case 'PilotUnitRegistered':
      return {
        ...state,
        unit: event.data.unit,
        pilotLevel: event.data.pilotLevel,
        registeredOn: event.data.registeredOn,
      };
    case 'PilotAreasAssigned':
      return { ...state, areas: event.data.areas, areasAssignedOn: event.data.assignedOn };
    case 'ImplementationPlanFiled':
      return {
        ...state,
        plan: without(event.data),
        planFirstFiledOn: state.planFirstFiledOn ?? state.plan?.filedOn ?? event.data.filedOn,
      };
    case 'SelfAssessmentSubmitted':
      return { ...state, selfAssessment: without(event.data) };
    case 'PilotReportSubmitted':
      return { ...state, pilotReport: without(event.data) };
    case 'AcceptanceConducted': {
      const closesRectification = state.openRectification?.stage === event.data.stage;
      return {
        ...state,
        acceptances: [...state.acceptances, without(event.data)],
        openRectification: closesRectification ? null : state.openRectification,
      };
    }
    case 'RectificationRequested': {
      const rectification = without(event.data);
      return {
        ...state,
        rectifications: [...state.rectifications, rectification],
        openRectification: rectification,
      };
    }
    case 'PilotCompleted':
      return { ...state, finalScore: event.data.finalScore, completedOn: event.data.completedOn };
    case 'PilotFeedbackRecorded':
      return { ...state, feedbackIds: [...state.feedbackIds, event.data.feedbackId] };
  }
};
