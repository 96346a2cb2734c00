import { UnauthenticatedError } from '../graphql/errors/unauthenticatedError';
import type { Principal } from './principal';
import { ANONYMOUS } from './principal';
import type { TokenVerifier } from './verifier';

// RFC 6750 b64token.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/**
 * The principal behind an `Authorization` header: anonymous without one, the verified principal
 * for a good bearer token, and `UNAUTHENTICATED` for anything else (a bad token never silently
 * degrades to anonymous).
 */
export const authenticate = async (
  authorization: string | null | undefined,
  verifier: TokenVerifier,
): Promise<Principal> => {
  if (authorization === null || authorization === undefined || authorization.trim() === '') return ANONYMOUS;
  const token = BEARER.exec(authorization)?.[1];
  if (token === undefined) throw new UnauthenticatedError('TOKEN_INVALID');
  return verifier.verify(token);
};
