import { DomainError, isDomainError } from '../../errors/domainError';

export const PROGRAMME_TIER_INVALID = 'PROGRAMME_TIER_INVALID';

export type ProgrammeTierInvalidDetails = { tenant: string; tier: string; allowed: string[] };

/** A programme command for a government of the wrong tier (a county's plan is its pilot unit's). */
export class ProgrammeTierInvalidError extends DomainError {
  declare readonly code: typeof PROGRAMME_TIER_INVALID;
  declare readonly details: ProgrammeTierInvalidDetails;

  constructor(p: ProgrammeTierInvalidDetails) {
    super(
      PROGRAMME_TIER_INVALID,
      `${p.tenant} is a ${p.tier}: only a ${p.allowed.join(' or ')} may do this` +
        (p.tier === 'county' ? ' (a pilot county files its plan with FileImplementationPlan).' : '.'),
      p,
    );
  }
}

export const isProgrammeTierInvalidError = (error: unknown): error is ProgrammeTierInvalidError =>
  isDomainError(error, PROGRAMME_TIER_INVALID);
