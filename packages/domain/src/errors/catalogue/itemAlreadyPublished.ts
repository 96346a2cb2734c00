import { DomainError, isDomainError } from '../domainError';

export const ITEM_ALREADY_PUBLISHED = 'ITEM_ALREADY_PUBLISHED';

export type ItemAlreadyPublishedDetails = { itemId: string; publishedOn: string };

/** Publishing an item twice. */
export class ItemAlreadyPublishedError extends DomainError {
  declare readonly code: typeof ITEM_ALREADY_PUBLISHED;
  declare readonly details: ItemAlreadyPublishedDetails;

  constructor(p: ItemAlreadyPublishedDetails) {
    super(
      ITEM_ALREADY_PUBLISHED,
      `Item ${p.itemId} was already published on ${p.publishedOn}: revise its standard instead.`,
      p,
    );
  }
}

export const isItemAlreadyPublishedError = (error: unknown): error is ItemAlreadyPublishedError =>
  isDomainError(error, ITEM_ALREADY_PUBLISHED);
