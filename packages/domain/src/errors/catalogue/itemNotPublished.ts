import { DomainError, isDomainError } from '../domainError';

export const ITEM_NOT_PUBLISHED = 'ITEM_NOT_PUBLISHED';

export type ItemNotPublishedDetails = { itemId: string };

/** Disclosing under an item not yet published in the catalogue. */
export class ItemNotPublishedError extends DomainError {
  declare readonly code: typeof ITEM_NOT_PUBLISHED;
  declare readonly details: ItemNotPublishedDetails;

  constructor(p: ItemNotPublishedDetails) {
    super(
      ITEM_NOT_PUBLISHED,
      `Item ${p.itemId} is not published in the catalogue: publish it (with a complete standard) before recording disclosures.`,
      p,
    );
  }
}

export const isItemNotPublishedError = (error: unknown): error is ItemNotPublishedError =>
  isDomainError(error, ITEM_NOT_PUBLISHED);
