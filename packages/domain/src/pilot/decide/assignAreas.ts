import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { PilotReportAlreadySubmittedError } from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { PilotUnitCommand } from '../commands';
import type { PilotUnitEvent } from '../events';
import type { PilotUnitState } from '../state';
import { requireActivePilot } from './guards';

const sameAreas = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** The province assigns (or reassigns) the areas; they are fixed once the pilot report is in. */
export const decideAssignPilotAreas = (
  { data }: MessageOfType<PilotUnitCommand, 'AssignPilotAreas'>,
  state: PilotUnitState,
  context: DecisionContext,
): PilotUnitEvent[] => {
  const pilot = requireActivePilot(state, data.tenant);
  if (pilot.pilotReport) {
    throw new PilotReportAlreadySubmittedError({
      unit: data.tenant,
      submittedOn: pilot.pilotReport.submittedOn,
    });
  }
  assertNotInFuture(context, { field: 'assignedOn', date: data.assignedOn });
  assertNotBefore(
    { field: 'assignedOn', date: data.assignedOn },
    { field: 'registeredOn', date: pilot.registeredOn },
  );
  // Assigning the same areas again changes nothing: no event.
  if (sameAreas(pilot.areas, data.areas)) return [];
  return [
    {
      type: 'PilotAreasAssigned',
      data: { unit: data.tenant, areas: data.areas, assignedOn: data.assignedOn },
    },
  ];
};
