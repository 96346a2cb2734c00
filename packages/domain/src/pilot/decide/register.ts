import type { DecisionContext } from '../../context';
import { assertNotInFuture, requireTenant } from '../../context';
import { PilotAlreadyRegisteredError, PilotLevelMismatchError, PilotUnitNotCountyError } from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { PilotUnitCommand } from '../commands';
import type { PilotUnitEvent } from '../events';
import type { PilotUnitState } from '../state';

export const decideRegisterPilotUnit = (
  { data }: MessageOfType<PilotUnitCommand, 'RegisterPilotUnit'>,
  state: PilotUnitState,
  context: DecisionContext,
): PilotUnitEvent[] => {
  if (state.registeredOn !== null) throw new PilotAlreadyRegisteredError({ unit: data.tenant });
  const unit = requireTenant(context.directory, data.tenant);
  if (unit.tier !== 'county') throw new PilotUnitNotCountyError({ unit: data.tenant, tier: unit.tier });
  if (unit.pilotLevel !== null && unit.pilotLevel !== data.pilotLevel) {
    throw new PilotLevelMismatchError({
      unit: data.tenant,
      requested: data.pilotLevel,
      directory: unit.pilotLevel,
    });
  }
  assertNotInFuture(context, { field: 'registeredOn', date: data.registeredOn });
  return [
    {
      type: 'PilotUnitRegistered',
      data: { unit: data.tenant, pilotLevel: data.pilotLevel, registeredOn: data.registeredOn },
    },
  ];
};
