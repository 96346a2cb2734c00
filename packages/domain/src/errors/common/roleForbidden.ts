import { DomainError, isDomainError } from '../domainError';

export const ROLE_FORBIDDEN = 'ROLE_FORBIDDEN';

export type RoleForbiddenDetails = {
  commandType: string;
  actorTier: string;
  allowed: readonly string[];
  reason?: string;
};

/** The actor's tier may not issue that command. */
export class RoleForbiddenError extends DomainError {
  declare readonly code: typeof ROLE_FORBIDDEN;
  declare readonly details: RoleForbiddenDetails;

  constructor(p: RoleForbiddenDetails) {
    super(
      ROLE_FORBIDDEN,
      `A ${p.actorTier} actor may not ${p.commandType}${p.reason ? ` (${p.reason})` : ''}: it is done by a ${p.allowed.join(' or ')} admin.`,
      p,
    );
  }
}

export const isRoleForbiddenError = (error: unknown): error is RoleForbiddenError =>
  isDomainError(error, ROLE_FORBIDDEN);
