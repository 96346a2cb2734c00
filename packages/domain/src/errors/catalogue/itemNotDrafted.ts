import { DomainError, isDomainError } from '../domainError';

export const ITEM_NOT_DRAFTED = 'ITEM_NOT_DRAFTED';

export type ItemNotDraftedDetails = { itemId: string };

/** Acting on an item that was never drafted. */
export class ItemNotDraftedError extends DomainError {
  declare readonly code: typeof ITEM_NOT_DRAFTED;
  declare readonly details: ItemNotDraftedDetails;

  constructor(p: ItemNotDraftedDetails) {
    super(ITEM_NOT_DRAFTED, `Catalogue item ${p.itemId} does not exist: draft it first.`, p);
  }
}

export const isItemNotDraftedError = (error: unknown): error is ItemNotDraftedError =>
  isDomainError(error, ITEM_NOT_DRAFTED);
