import { DomainError, isDomainError } from '../domainError';

export const AREA_LEVEL_MISMATCH = 'AREA_LEVEL_MISMATCH';

export type AreaLevelMismatchDetails = {
  unit: string;
  areaCode: string;
  pilotLevel: string;
  areaLevels: readonly string[];
};

/** An area that belongs to another pilot level than the unit's (e.g. a provincial area for a national pilot). */
export class AreaLevelMismatchError extends DomainError {
  declare readonly code: typeof AREA_LEVEL_MISMATCH;
  declare readonly details: AreaLevelMismatchDetails;

  constructor(p: AreaLevelMismatchDetails) {
    super(
      AREA_LEVEL_MISMATCH,
      `${p.areaCode} is an area of the ${p.areaLevels.join(' and ')} pilot level, and ${p.unit} is a ${p.pilotLevel} pilot: assign only areas of its own level.`,
      p,
    );
  }
}

export const isAreaLevelMismatchError = (error: unknown): error is AreaLevelMismatchError =>
  isDomainError(error, AREA_LEVEL_MISMATCH);
