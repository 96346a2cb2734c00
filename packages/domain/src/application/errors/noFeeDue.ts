import { DomainError, isDomainError } from '../../errors/domainError';

export const NO_FEE_DUE = 'NO_FEE_DUE';

export type NoFeeDueDetails = { method: string; units: number };

/** A fee notice of nothing. */
export class NoFeeDueError extends DomainError {
  declare readonly code: typeof NO_FEE_DUE;
  declare readonly details: NoFeeDueDetails;

  constructor(p: NoFeeDueDetails) {
    super(
      NO_FEE_DUE,
      `No fee is due ${p.method} for ${p.units}: within the free allowance (国办函〔2020〕109号).`,
      p,
    );
  }
}

export const isNoFeeDueError = (error: unknown): error is NoFeeDueError => isDomainError(error, NO_FEE_DUE);
