import { DomainError, isDomainError } from './domainError';

const STABLE_CODE = /^[A-Z][A-Z0-9_]*$/;

/**
 * The reference-data modules (tenants/, calendar/) throw plain Errors with a stable `code`. The
 * domain has no I/O, so any coded error raised while deciding is a rejection: present it as a
 * DomainError (same code, message and own fields) so that callers handle one kind of error.
 */
export const asDomainError = (error: unknown): unknown => {
  if (isDomainError(error) || !(error instanceof Error)) return error;
  const { code, name: _name, ...details } = error as Error & { code?: unknown };
  if (typeof code !== 'string' || !STABLE_CODE.test(code)) return error;
  return new DomainError(code, error.message, details);
};

/** Runs `decide`, rethrowing coded errors as DomainErrors. */
export const withDomainErrors = <T>(decide: () => T): T => {
  try {
    return decide();
  } catch (error) {
    throw asDomainError(error);
  }
};
