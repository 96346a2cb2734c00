import type { PilotUnitEvent, PilotUnitState } from '@gongkai/domain';
import { evolvePilotUnit, initialPilotUnitState } from '@gongkai/domain';
import type { ProjectionContext } from './context';
import type { StateDocument, StreamStateProjectorOptions } from './streamStateProjector';
import { createStreamStateProjector } from './streamStateProjector';
import type { Projector } from './types';

export const PILOT_UNITS_PROJECTOR = 'pilotUnits';
/** Collection of pilot units: `_id` = the stream id (`pilotUnit-<code>`), `state` = the domain's fold. */
export const PILOT_UNITS = 'pilotUnits';

export type PilotUnitDocument = StateDocument<PilotUnitState>;

export const pilotUnitsFold: StreamStateProjectorOptions<PilotUnitState> = {
  name: PILOT_UNITS_PROJECTOR,
  collection: PILOT_UNITS,
  category: 'pilotUnit',
  indexes: [['tenant']],
  initial: initialPilotUnitState,
  evolve: (state, event) => evolvePilotUnit(state, event as PilotUnitEvent),
};

/** Pilot units and their acceptance: the domain's own `evolvePilotUnit`, one document per unit. */
export const createPilotUnitsProjector = (context: ProjectionContext): Projector =>
  createStreamStateProjector<PilotUnitState>(context, pilotUnitsFold);
