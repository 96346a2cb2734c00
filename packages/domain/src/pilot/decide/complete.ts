import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { PilotNotAcceptedError } from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { PilotUnitCommand } from '../commands';
import type { PilotUnitEvent } from '../events';
import { passedAcceptance } from '../state';
import type { PilotUnitState } from '../state';
import { requireActivePilot } from './guards';

/** The province closes a pilot it has accepted; the final score is that acceptance's. */
export const decideCompletePilot = (
  { data }: MessageOfType<PilotUnitCommand, 'CompletePilot'>,
  state: PilotUnitState,
  context: DecisionContext,
): PilotUnitEvent[] => {
  const pilot = requireActivePilot(state, data.tenant);
  const acceptance = passedAcceptance(pilot, 'province');
  if (!acceptance) throw new PilotNotAcceptedError({ unit: data.tenant });
  assertNotInFuture(context, { field: 'completedOn', date: data.completedOn });
  assertNotBefore(
    { field: 'completedOn', date: data.completedOn },
    { field: 'province acceptance conductedOn', date: acceptance.conductedOn },
  );
  return [
    {
      type: 'PilotCompleted',
      data: { unit: data.tenant, finalScore: acceptance.score, completedOn: data.completedOn },
    },
  ];
};
