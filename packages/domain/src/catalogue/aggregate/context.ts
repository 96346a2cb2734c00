import type { DecisionContext } from '../../context';
import type { PilotUnitState } from '../../pilot';

/** A catalogue decision may consult the pilot unit of the item's tenant (its assigned areas). */
export interface CatalogueDecisionContext extends DecisionContext {
  pilotUnit?: PilotUnitState;
}
