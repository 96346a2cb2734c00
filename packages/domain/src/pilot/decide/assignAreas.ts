import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { AreaLevelMismatchError, AreaUnknownError, PilotReportAlreadySubmittedError } from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { AreaCode } from '../../tenants/types';
import type { PilotUnitCommand } from '../commands';
import type { PilotUnitEvent } from '../events';
import type { PilotUnitState } from '../state';
import type { RegisteredPilot } from './guards';
import { requireActivePilot } from './guards';

const sameAreas = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Every area must be one of the province's pilot areas (reference data) and, for a national or
 * provincial pilot, an area of that level; a self-organized pilot may take any of them.
 */
const assertAreasOfPilot = (
  areas: readonly AreaCode[],
  pilot: RegisteredPilot,
  context: DecisionContext,
): void => {
  const { directory } = context;
  const known = directory.pilotAreas(directory.provinceOf(pilot.unit) ?? '');
  for (const areaCode of areas) {
    const area = known.find((candidate) => candidate.code === areaCode);
    if (!area) throw new AreaUnknownError({ unit: pilot.unit, areaCode, known: known.map((a) => a.code) });
    const level = pilot.pilotLevel;
    if (level !== null && level !== 'self-organized' && !area.pilotLevels.includes(level)) {
      throw new AreaLevelMismatchError({
        unit: pilot.unit,
        areaCode,
        pilotLevel: level,
        areaLevels: area.pilotLevels,
      });
    }
  }
};

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
  assertAreasOfPilot(data.areas, pilot, context);
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
