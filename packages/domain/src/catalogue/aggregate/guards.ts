import { ItemNotDraftedError, ItemNotPublishedError, ItemRetiredError } from '../../errors';
import type { ItemStandard } from '../standard';
import type { CatalogueItemState } from './state';

/** A drafted item that is not retired. */
export const requireCurrentItem = (state: CatalogueItemState, itemId: string): CatalogueItemState => {
  if (state.status === 'none') throw new ItemNotDraftedError({ itemId });
  if (state.status === 'retired') throw new ItemRetiredError({ itemId, retiredOn: state.retiredOn ?? '' });
  return state;
};

export type PublishedItem = CatalogueItemState & { standard: ItemStandard; publishedOn: string };

/** An item published in the catalogue and not retired: the precondition of every disclosure. */
export const requirePublishedItem = (state: CatalogueItemState, itemId: string): PublishedItem => {
  requireCurrentItem(state, itemId);
  if (state.status !== 'published' || !state.standard) throw new ItemNotPublishedError({ itemId });
  return state as PublishedItem;
};
