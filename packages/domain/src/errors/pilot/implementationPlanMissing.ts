import { DomainError, isDomainError } from '../domainError';

export const IMPLEMENTATION_PLAN_MISSING = 'IMPLEMENTATION_PLAN_MISSING';

export type ImplementationPlanMissingDetails = { unit: string };

/** Self-assessing before filing the implementation plan. */
export class ImplementationPlanMissingError extends DomainError {
  declare readonly code: typeof IMPLEMENTATION_PLAN_MISSING;
  declare readonly details: ImplementationPlanMissingDetails;

  constructor(p: ImplementationPlanMissingDetails) {
    super(IMPLEMENTATION_PLAN_MISSING, `${p.unit} has not filed its implementation plan: file it first.`, p);
  }
}

export const isImplementationPlanMissingError = (error: unknown): error is ImplementationPlanMissingError =>
  isDomainError(error, IMPLEMENTATION_PLAN_MISSING);
