import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { RetirementReasonRequiredError } from '../../errors';
import { isBlank } from '../../primitives';
import type { MessageOfType } from '../../primitives';
import type { CatalogueItemLifecycleCommand } from '../item';
import type { CatalogueItemEvent } from './evolve';
import { requireCurrentItem } from './guards';
import type { CatalogueItemState } from './state';

/** Dynamic adjustment removes an item with a reason; its stream is then closed. */
export const decideRetireCatalogueItem = (
  { data }: MessageOfType<CatalogueItemLifecycleCommand, 'RetireCatalogueItem'>,
  state: CatalogueItemState,
  context: DecisionContext,
): CatalogueItemEvent[] => {
  const item = requireCurrentItem(state, data.itemId);
  if (isBlank(data.reason)) throw new RetirementReasonRequiredError({ itemId: data.itemId });
  assertNotInFuture(context, { field: 'retiredOn', date: data.retiredOn });
  assertNotBefore(
    { field: 'retiredOn', date: data.retiredOn },
    { field: 'the latest date on the item', date: item.latestOn },
  );
  return [
    {
      type: 'CatalogueItemRetired',
      data: { itemId: data.itemId, reason: data.reason.trim(), retiredOn: data.retiredOn },
    },
  ];
};
