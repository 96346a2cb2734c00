/** A division code that is not in the tenant directory. */
export class TenantUnknownError extends Error {
  readonly code = 'TENANT_UNKNOWN';

  constructor(readonly tenant: string) {
    super(
      `No tenant with division code "${tenant}": use a six-digit code of a seeded unit, or 000000 for national.`,
    );
    this.name = 'TenantUnknownError';
  }
}

export const isTenantUnknownError = (error: unknown): error is TenantUnknownError =>
  error instanceof Error && (error as { code?: unknown }).code === 'TENANT_UNKNOWN';
