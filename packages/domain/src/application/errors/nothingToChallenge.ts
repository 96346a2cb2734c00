import { DomainError, isDomainError } from '../../errors/domainError';

export const NOTHING_TO_CHALLENGE = 'NOTHING_TO_CHALLENGE';

export type NothingToChallengeDetails = { applicationId: string; dueOn: string | null };

/** A review or suit with nothing to challenge yet. */
export class NothingToChallengeError extends DomainError {
  declare readonly code: typeof NOTHING_TO_CHALLENGE;
  declare readonly details: NothingToChallengeDetails;

  constructor(p: NothingToChallengeDetails) {
    super(
      NOTHING_TO_CHALLENGE,
      `Application ${p.applicationId} is neither answered nor overdue${p.dueOn === null ? '' : ` (due ${p.dueOn})`}: a review or suit is filed against an answer or a missed deadline.`,
      p,
    );
  }
}

export const isNothingToChallengeError = (error: unknown): error is NothingToChallengeError =>
  isDomainError(error, NOTHING_TO_CHALLENGE);
