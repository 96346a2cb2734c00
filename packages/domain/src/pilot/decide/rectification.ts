import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import {
  AcceptanceMissingError,
  RectificationAfterPassError,
  RectificationAlreadyOpenError,
} from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { PilotUnitCommand } from '../commands';
import type { PilotUnitEvent } from '../events';
import { lastAcceptance } from '../state';
import type { PilotUnitState } from '../state';
import { requireActivePilot } from './guards';

/** 整改: requested by whoever conducted the failed acceptance, with the items and a due date. */
export const decideRequestRectification = (
  { data }: MessageOfType<PilotUnitCommand, 'RequestRectification'>,
  state: PilotUnitState,
  context: DecisionContext,
): PilotUnitEvent[] => {
  const pilot = requireActivePilot(state, data.tenant);
  const acceptance = lastAcceptance(pilot, data.stage);
  if (!acceptance) throw new AcceptanceMissingError({ unit: data.tenant, stage: data.stage });
  if (acceptance.passed) throw new RectificationAfterPassError({ unit: data.tenant, stage: data.stage });
  if (pilot.openRectification?.stage === data.stage) {
    throw new RectificationAlreadyOpenError({
      unit: data.tenant,
      stage: data.stage,
      requestedOn: pilot.openRectification.requestedOn,
    });
  }
  assertNotInFuture(context, { field: 'requestedOn', date: data.requestedOn });
  assertNotBefore(
    { field: 'requestedOn', date: data.requestedOn },
    { field: 'acceptance conductedOn', date: acceptance.conductedOn },
  );
  assertNotBefore({ field: 'dueOn', date: data.dueOn }, { field: 'requestedOn', date: data.requestedOn });
  const { tenant, ...rectification } = data;
  return [
    {
      type: 'RectificationRequested',
      data: { unit: tenant, ...rectification, requestedBy: acceptance.conductedBy },
    },
  ];
};
