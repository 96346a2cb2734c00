/**
 * Every rejection the domain makes. `code` is stable (clients and the API branch on it); `message`
 * says what to fix; `details` carries the facts a client may show.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly details?: Record<string, unknown>;

  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

/** True for any domain error, or for one with the given code. Works across module copies. */
export const isDomainError = (error: unknown, code?: string): error is DomainError => {
  if (!(error instanceof Error)) return false;
  const candidate = error as Partial<DomainError>;
  const isDomain =
    error instanceof DomainError || (error.name === 'DomainError' && typeof candidate.code === 'string');
  return isDomain && (code === undefined || candidate.code === code);
};
