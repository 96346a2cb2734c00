import { lastAcceptance, passedAcceptance } from './state';
import type { PilotUnitState } from './state';

export type PilotStatus =
  | 'unregistered'
  | 'registered'
  | 'areas-assigned'
  | 'plan-filed'
  | 'self-assessed'
  | 'accepted-by-prefecture'
  | 'reported'
  | 'rectifying'
  | 'failed-acceptance'
  | 'accepted'
  | 'completed';

/** The latest acceptance decided the unit failed (the province's, else the prefecture's). */
const failedLastAcceptance = (state: PilotUnitState): boolean => {
  const latest = lastAcceptance(state, 'province') ?? lastAcceptance(state, 'prefecture');
  return latest !== undefined && !latest.passed;
};

const preparationStatus = (state: PilotUnitState): PilotStatus => {
  if (state.pilotReport) return 'reported';
  if (passedAcceptance(state, 'prefecture')) return 'accepted-by-prefecture';
  if (state.selfAssessment) return 'self-assessed';
  if (state.plan) return 'plan-filed';
  return state.areas.length > 0 ? 'areas-assigned' : 'registered';
};

/** Where the pilot stands, derived from the state (for views and messages). */
export const pilotStatus = (state: PilotUnitState): PilotStatus => {
  if (state.completedOn) return 'completed';
  if (!state.registeredOn) return 'unregistered';
  if (state.openRectification) return 'rectifying';
  if (passedAcceptance(state, 'province')) return 'accepted';
  if (failedLastAcceptance(state)) return 'failed-acceptance';
  return preparationStatus(state);
};
