import { DomainError, isDomainError } from '../domainError';

export const ITEM_ALREADY_DRAFTED = 'ITEM_ALREADY_DRAFTED';

export type ItemAlreadyDraftedDetails = { itemId: string };

/** Drafting an item id that already exists. */
export class ItemAlreadyDraftedError extends DomainError {
  declare readonly code: typeof ITEM_ALREADY_DRAFTED;
  declare readonly details: ItemAlreadyDraftedDetails;

  constructor(p: ItemAlreadyDraftedDetails) {
    super(
      ITEM_ALREADY_DRAFTED,
      `Catalogue item ${p.itemId} already exists: choose a new item id, or revise the existing item.`,
      p,
    );
  }
}

export const isItemAlreadyDraftedError = (error: unknown): error is ItemAlreadyDraftedError =>
  isDomainError(error, ITEM_ALREADY_DRAFTED);
