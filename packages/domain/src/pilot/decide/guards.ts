import type { IsoDate } from '../../calendar/types';
import { PilotCompletedError, PilotNotRegisteredError } from '../../errors';
import type { PilotUnitState } from '../state';

export type RegisteredPilot = PilotUnitState & { unit: string; registeredOn: IsoDate };

/** A registered pilot that is not yet completed: the precondition of every command but registration. */
export const requireActivePilot = (state: PilotUnitState, unit: string): RegisteredPilot => {
  if (state.unit === null || state.registeredOn === null) throw new PilotNotRegisteredError({ unit });
  if (state.completedOn !== null) throw new PilotCompletedError({ unit, completedOn: state.completedOn });
  return state as RegisteredPilot;
};
