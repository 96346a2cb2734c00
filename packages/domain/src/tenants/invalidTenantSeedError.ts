/** A tenant seed that is malformed or whose reporting lines do not hold together. */
export class InvalidTenantSeedError extends Error {
  readonly code = 'INVALID_TENANT_SEED';

  constructor(readonly issues: readonly string[]) {
    super(`The tenant seed is invalid; fix these entries:\n- ${issues.join('\n- ')}`);
    this.name = 'InvalidTenantSeedError';
  }
}

export const isInvalidTenantSeedError = (error: unknown): error is InvalidTenantSeedError =>
  error instanceof Error && (error as { code?: unknown }).code === 'INVALID_TENANT_SEED';
