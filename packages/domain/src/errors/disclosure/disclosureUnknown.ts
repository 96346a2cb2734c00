import { DomainError, isDomainError } from '../domainError';

export const DISCLOSURE_UNKNOWN = 'DISCLOSURE_UNKNOWN';

export type DisclosureUnknownDetails = { itemId: string; disclosureId: string };

/** An interpretation or response that refers to a disclosure the item does not have. */
export class DisclosureUnknownError extends DomainError {
  declare readonly code: typeof DISCLOSURE_UNKNOWN;
  declare readonly details: DisclosureUnknownDetails;

  constructor(p: DisclosureUnknownDetails) {
    super(
      DISCLOSURE_UNKNOWN,
      `Item ${p.itemId} has no disclosure ${p.disclosureId}: record the publication first, or fix the id.`,
      p,
    );
  }
}

export const isDisclosureUnknownError = (error: unknown): error is DisclosureUnknownError =>
  isDomainError(error, DISCLOSURE_UNKNOWN);
