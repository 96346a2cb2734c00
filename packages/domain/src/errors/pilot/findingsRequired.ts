import { DomainError, isDomainError } from '../domainError';

export const FINDINGS_REQUIRED = 'FINDINGS_REQUIRED';

export type FindingsRequiredDetails = { unit: string; stage: string };

/** A failed acceptance without findings. */
export class FindingsRequiredError extends DomainError {
  declare readonly code: typeof FINDINGS_REQUIRED;
  declare readonly details: FindingsRequiredDetails;

  constructor(p: FindingsRequiredDetails) {
    super(
      FINDINGS_REQUIRED,
      `A failed ${p.stage} acceptance of ${p.unit} must state its findings: give at least one problem or requirement (not only strengths), saying what has to be rectified.`,
      p,
    );
  }
}

export const isFindingsRequiredError = (error: unknown): error is FindingsRequiredError =>
  isDomainError(error, FINDINGS_REQUIRED);
