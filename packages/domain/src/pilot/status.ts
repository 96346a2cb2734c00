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

/** Where the pilot stands, derived from the state (for views and messages). */
export const pilotStatus = (state: PilotUnitState): PilotStatus => {
  if (state.completedOn) return 'completed';
  if (!state.registeredOn) return 'unregistered';
  if (state.openRectification) return 'rectifying';
  if (passedAcceptance(state, 'province')) return 'accepted';
  const lastProvince = lastAcceptance(state, 'province');
  const lastPrefecture = lastAcceptance(state, 'prefecture');
  if ((lastProvince && !lastProvince.passed) || (!lastProvince && lastPrefecture && !lastPrefecture.passed)) {
    return 'failed-acceptance';
  }
  if (state.pilotReport) return 'reported';
  if (lastPrefecture?.passed) return 'accepted-by-prefecture';
  if (state.selfAssessment) return 'self-assessed';
  if (state.plan) return 'plan-filed';
  return state.areas.length > 0 ? 'areas-assigned' : 'registered';
};
