import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { ItemAlreadyPublishedError, StandardIncompleteError, StandardNotDefinedError } from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { CatalogueItemLifecycleCommand } from '../item';
import { standardCompleteness } from '../standard';
import type { CatalogueItemEvent } from './evolve';
import { requireCurrentItem } from './guards';
import type { CatalogueItemState } from './state';

/** An item enters the published catalogue only with a complete standard. */
export const decidePublishCatalogueItem = (
  { data }: MessageOfType<CatalogueItemLifecycleCommand, 'PublishCatalogueItem'>,
  state: CatalogueItemState,
  context: DecisionContext,
): CatalogueItemEvent[] => {
  const item = requireCurrentItem(state, data.itemId);
  if (item.status === 'published') {
    throw new ItemAlreadyPublishedError({ itemId: data.itemId, publishedOn: item.publishedOn ?? '' });
  }
  if (!item.standard) throw new StandardNotDefinedError({ itemId: data.itemId });
  const { missing } = standardCompleteness(item.standard);
  if (missing.length > 0) throw new StandardIncompleteError({ itemId: data.itemId, missing });
  assertNotInFuture(context, { field: 'publishedOn', date: data.publishedOn });
  assertNotBefore(
    { field: 'publishedOn', date: data.publishedOn },
    { field: `standard v${item.standardVersion} date`, date: item.standardDatedOn },
  );
  return [
    {
      type: 'CatalogueItemPublished',
      data: { itemId: data.itemId, standardVersion: item.standardVersion, publishedOn: data.publishedOn },
    },
  ];
};
