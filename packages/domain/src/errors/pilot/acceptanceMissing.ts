import { DomainError, isDomainError } from '../domainError';

export const ACCEPTANCE_MISSING = 'ACCEPTANCE_MISSING';

export type AcceptanceMissingDetails = { unit: string; stage: string };

/** Requesting rectification with no acceptance at that stage. */
export class AcceptanceMissingError extends DomainError {
  declare readonly code: typeof ACCEPTANCE_MISSING;
  declare readonly details: AcceptanceMissingDetails;

  constructor(p: AcceptanceMissingDetails) {
    super(
      ACCEPTANCE_MISSING,
      `${p.unit} has had no ${p.stage} acceptance: rectification follows a failed acceptance.`,
      p,
    );
  }
}

export const isAcceptanceMissingError = (error: unknown): error is AcceptanceMissingError =>
  isDomainError(error, ACCEPTANCE_MISSING);
