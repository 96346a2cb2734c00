import { DomainError, isDomainError } from '../domainError';

export const AREA_UNKNOWN = 'AREA_UNKNOWN';

export type AreaUnknownDetails = { unit: string; areaCode: string; known: readonly string[] };

/** An area code that is not one of the pilot areas of the unit's province. */
export class AreaUnknownError extends DomainError {
  declare readonly code: typeof AREA_UNKNOWN;
  declare readonly details: AreaUnknownDetails;

  constructor(p: AreaUnknownDetails) {
    super(
      AREA_UNKNOWN,
      `${p.areaCode} is not a pilot area of ${p.unit}'s province: use one of ${p.known.join(', ')}.`,
      p,
    );
  }
}

export const isAreaUnknownError = (error: unknown): error is AreaUnknownError =>
  isDomainError(error, AREA_UNKNOWN);
