import { ApiError } from './apiError';

/** Decides whether an error's `code` and `message` were written for API clients. */
export type ClientFacingErrorPredicate = (error: unknown) => boolean;

export interface CodedError extends Error {
  readonly code: string;
}

const CODE_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
// Node, SQLite, undici and jose errors use the same SHOUTING_CASE codes, but their messages carry
// file paths, SQL and addresses; they must stay masked.
const INFRASTRUCTURE_CODE_PREFIXES = ['ERR_', 'SQLITE_', 'UND_ERR', 'ABORT_ERR'];

/**
 * The default policy: our own `ApiError`s, plus any `Error` with a SHOUTING_CASE `code` such as the
 * domain's `{ code: 'STANDARD_INCOMPLETE', message }`, unless it sets `expose = false` or looks like
 * a system error (`errno`/`syscall`, or an infrastructure code prefix).
 */
export const isClientFacingError: ClientFacingErrorPredicate = (error) => {
  if (error instanceof ApiError) return true;
  if (!(error instanceof Error)) return false;
  const candidate = error as Error & { code?: unknown; expose?: unknown; errno?: unknown; syscall?: unknown };
  const { code } = candidate;
  return (
    typeof code === 'string' &&
    CODE_PATTERN.test(code) &&
    !INFRASTRUCTURE_CODE_PREFIXES.some((prefix) => code.startsWith(prefix)) &&
    candidate.expose !== false &&
    candidate.errno === undefined &&
    candidate.syscall === undefined
  );
};
