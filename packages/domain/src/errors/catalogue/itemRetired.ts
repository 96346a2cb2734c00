import { DomainError, isDomainError } from '../domainError';

export const ITEM_RETIRED = 'ITEM_RETIRED';

export type ItemRetiredDetails = { itemId: string; retiredOn: string };

/** Acting on a retired item. */
export class ItemRetiredError extends DomainError {
  declare readonly code: typeof ITEM_RETIRED;
  declare readonly details: ItemRetiredDetails;

  constructor(p: ItemRetiredDetails) {
    super(
      ITEM_RETIRED,
      `Item ${p.itemId} was retired on ${p.retiredOn}: use (or draft) a current item instead.`,
      p,
    );
  }
}

export const isItemRetiredError = (error: unknown): error is ItemRetiredError =>
  isDomainError(error, ITEM_RETIRED);
