import { DomainError, isDomainError } from '../domainError';

export const AREA_NOT_ASSIGNED = 'AREA_NOT_ASSIGNED';

export type AreaNotAssignedDetails = { unit: string; areaCode: string; assigned: readonly string[] };

/** Drafting an item in an area not assigned to the pilot unit. */
export class AreaNotAssignedError extends DomainError {
  declare readonly code: typeof AREA_NOT_ASSIGNED;
  declare readonly details: AreaNotAssignedDetails;

  constructor(p: AreaNotAssignedDetails) {
    super(
      AREA_NOT_ASSIGNED,
      `Area ${p.areaCode} is not assigned to pilot unit ${p.unit} (assigned: ${p.assigned.join(', ') || 'none'}): draft the item in an assigned area, or ask the province to assign it.`,
      p,
    );
  }
}

export const isAreaNotAssignedError = (error: unknown): error is AreaNotAssignedError =>
  isDomainError(error, AREA_NOT_ASSIGNED);
