import { assertNotInFuture } from '../../context';
import {
  AreaNotAssignedError,
  ContextIncompleteError,
  ItemAlreadyDraftedError,
  PilotNotRegisteredError,
} from '../../errors';
import type { MessageOfType } from '../../primitives';
import { streamIdForPilotUnit } from '../../streams';
import type { CatalogueItemLifecycleCommand } from '../item';
import type { CatalogueDecisionContext } from './context';
import type { CatalogueItemEvent } from './evolve';
import type { CatalogueItemState } from './state';

/** A county drafts an item in one of the areas the province assigned to it as a pilot unit. */
export const decideDraftCatalogueItem = (
  { type, data }: MessageOfType<CatalogueItemLifecycleCommand, 'DraftCatalogueItem'>,
  state: CatalogueItemState,
  context: CatalogueDecisionContext,
): CatalogueItemEvent[] => {
  if (state.status !== 'none') throw new ItemAlreadyDraftedError({ itemId: data.itemId });
  const pilot = context.pilotUnit;
  if (!pilot)
    throw new ContextIncompleteError({ commandType: type, streamId: streamIdForPilotUnit(data.tenant) });
  if (pilot.registeredOn === null) throw new PilotNotRegisteredError({ unit: data.tenant });
  if (!pilot.areas.includes(data.areaCode)) {
    throw new AreaNotAssignedError({ unit: data.tenant, areaCode: data.areaCode, assigned: pilot.areas });
  }
  assertNotInFuture(context, { field: 'draftedOn', date: data.draftedOn });
  const { tenant: _tenant, ...drafted } = data;
  return [{ type: 'CatalogueItemDrafted', data: drafted }];
};
