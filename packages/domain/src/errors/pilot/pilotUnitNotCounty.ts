import { DomainError, isDomainError } from '../domainError';

export const PILOT_UNIT_NOT_COUNTY = 'PILOT_UNIT_NOT_COUNTY';

export type PilotUnitNotCountyDetails = { unit: string; tier: string };

/** Registering a non-county tenant as a pilot unit. */
export class PilotUnitNotCountyError extends DomainError {
  declare readonly code: typeof PILOT_UNIT_NOT_COUNTY;
  declare readonly details: PilotUnitNotCountyDetails;

  constructor(p: PilotUnitNotCountyDetails) {
    super(PILOT_UNIT_NOT_COUNTY, `${p.unit} is a ${p.tier}: pilot units are county-level governments.`, p);
  }
}

export const isPilotUnitNotCountyError = (error: unknown): error is PilotUnitNotCountyError =>
  isDomainError(error, PILOT_UNIT_NOT_COUNTY);
