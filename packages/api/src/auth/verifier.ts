import type { CryptoKey, JWTVerifyGetKey } from 'jose';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { AuthenticationUnavailableError } from '../graphql/errors/authenticationUnavailableError';
import { UnauthenticatedError } from '../graphql/errors/unauthenticatedError';
import { REQUIRED_CLAIMS, checkClaims } from './claims';
import type { EmbeddedSigningKey } from './keyStore';
import type { AuthenticatedPrincipal } from './principal';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER } from './signToken';

/** Checks a bearer token and yields the principal it vouches for. */
export interface TokenVerifier {
  /** Rejects with `UnauthenticatedError` (bad token) or `AuthenticationUnavailableError`. */
  verify(token: string): Promise<AuthenticatedPrincipal>;
}

/** Public-key algorithms only: HS* and `none` can never be configured. */
export const ASYMMETRIC_ALGORITHMS = [
  'EdDSA',
  'Ed25519',
  'ES256',
  'ES384',
  'ES512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
] as const;
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;
/** Longer headers are refused before any parsing. */
const MAX_TOKEN_LENGTH = 8 * 1024;

interface VerificationPolicy {
  readonly issuer: string;
  readonly audience: string;
  readonly algorithms: readonly AsymmetricAlgorithm[];
  readonly clockToleranceSeconds: number;
}

const TOKEN_PROBLEMS = [
  errors.JWSInvalid,
  errors.JWTInvalid,
  errors.JWSSignatureVerificationFailed,
  errors.JWTClaimValidationFailed,
  errors.JOSEAlgNotAllowed,
  errors.JOSENotSupported,
  errors.JWKSNoMatchingKey,
  errors.JWKSMultipleMatchingKeys,
  errors.JWKInvalid,
];

/** Bad tokens become UNAUTHENTICATED; failures to check them (JWKS down) stay distinguishable. */
const classify = (error: unknown): Error => {
  if (error instanceof errors.JWTExpired) return new UnauthenticatedError('TOKEN_EXPIRED', { cause: error });
  if (TOKEN_PROBLEMS.some((problem) => error instanceof problem)) {
    return new UnauthenticatedError('TOKEN_INVALID', { cause: error });
  }
  return new AuthenticationUnavailableError({ cause: error });
};

/** A principal with the times its token allows it (seconds since the epoch, as in the JWT). */
interface Verified {
  readonly principal: AuthenticatedPrincipal;
  readonly exp: number;
  readonly nbf: number | undefined;
}

const verifyToken = async (
  token: string,
  key: CryptoKey | JWTVerifyGetKey,
  policy: VerificationPolicy,
): Promise<Verified> => {
  if (token.length > MAX_TOKEN_LENGTH) throw new UnauthenticatedError('TOKEN_INVALID');
  let payload: Readonly<Record<string, unknown>>;
  try {
    const options = {
      algorithms: [...policy.algorithms],
      issuer: policy.issuer,
      audience: policy.audience,
      clockTolerance: policy.clockToleranceSeconds,
      requiredClaims: [...REQUIRED_CLAIMS],
    };
    // Two calls because jose overloads jwtVerify on the key's type.
    ({ payload } =
      typeof key === 'function'
        ? await jwtVerify(token, key, options)
        : await jwtVerify(token, key, options));
  } catch (error) {
    throw classify(error);
  }
  const check = checkClaims(payload);
  if (!check.ok) throw new UnauthenticatedError('TOKEN_INVALID', { cause: new Error(check.problem) });
  return {
    principal: check.principal,
    exp: Number(payload['exp']),
    nbf: typeof payload['nbf'] === 'number' ? payload['nbf'] : undefined,
  };
};

/** Verified tokens kept, and how long at most (a key withdrawn from a JWKS stops working then). */
const VERIFIED_TOKENS = 10_000;
const VERIFIED_TOKEN_TTL_MS = 60_000;

/**
 * A caller sends the same token with every request: its signature is checked once, then the
 * verified claims are reused (keyed by the whole token, signature included, so only that exact
 * token hits) while the token's own time window still holds and for at most a minute. Refused
 * tokens are never kept.
 */
const cachingVerifier = (
  verify: (token: string) => Promise<Verified>,
  clockToleranceSeconds: number,
): TokenVerifier => {
  const verified = new Map<string, Verified & { keptUntil: number }>();
  return {
    async verify(token) {
      const now = Date.now();
      const seconds = now / 1000;
      const kept = verified.get(token);
      if (kept !== undefined) {
        const inWindow =
          seconds - clockToleranceSeconds < kept.exp &&
          (kept.nbf === undefined || kept.nbf <= seconds + clockToleranceSeconds);
        if (now < kept.keptUntil && inWindow) return kept.principal;
        verified.delete(token);
      }
      const fresh = await verify(token);
      const oldest = verified.size >= VERIFIED_TOKENS ? verified.keys().next().value : undefined;
      if (oldest !== undefined) verified.delete(oldest);
      verified.set(token, { ...fresh, keptUntil: now + VERIFIED_TOKEN_TTL_MS });
      return fresh.principal;
    },
  };
};

const assertAsymmetric = (algorithms: readonly string[]): readonly AsymmetricAlgorithm[] => {
  const refused = algorithms.filter((alg) => !(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg));
  if (refused.length > 0 || algorithms.length === 0) {
    throw new Error(
      `Token algorithms must be a non-empty list of ${ASYMMETRIC_ALGORITHMS.join(', ')}; refused: ${refused.join(', ') || '(empty list)'}.`,
    );
  }
  return algorithms as readonly AsymmetricAlgorithm[];
};

export interface EmbeddedVerifierOptions {
  issuer?: string;
  audience?: string;
  clockToleranceSeconds?: number;
}

/** Verifies tokens signed by the embedded key pair; accepts that key's algorithm only. */
export const createEmbeddedTokenVerifier = (
  key: Pick<EmbeddedSigningKey, 'algorithm' | 'publicKey'>,
  options: EmbeddedVerifierOptions = {},
): TokenVerifier => {
  const policy: VerificationPolicy = {
    issuer: options.issuer ?? EMBEDDED_ISSUER,
    audience: options.audience ?? EMBEDDED_AUDIENCE,
    algorithms: assertAsymmetric([key.algorithm]),
    clockToleranceSeconds: options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
  };
  return cachingVerifier((token) => verifyToken(token, key.publicKey, policy), policy.clockToleranceSeconds);
};

export interface JwksVerifierOptions {
  /** The identity provider's JWKS document, e.g. `https://idp.example.gov.cn/.well-known/jwks.json`. */
  jwksUrl: string | URL;
  /** Required: a token for another issuer or another service must never be accepted. */
  issuer: string;
  audience: string;
  /** Default `['EdDSA', 'ES256', 'RS256']`. */
  algorithms?: readonly string[];
  clockToleranceSeconds?: number;
  /** JWKS fetch timeout. Default 5000 ms. */
  timeoutMs?: number;
  /** Minimum time between refetches when a token names an unknown key. Default 30000 ms. */
  cooldownMs?: number;
}

/** Verifies tokens against a remote JWKS (production); keys are cached and refetched on rotation. */
export const createJwksTokenVerifier = (options: JwksVerifierOptions): TokenVerifier => {
  if (options.issuer.length === 0 || options.audience.length === 0) {
    throw new Error('A JWKS token verifier needs a non-empty issuer and audience.');
  }
  const policy: VerificationPolicy = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms: assertAsymmetric(options.algorithms ?? ['EdDSA', 'ES256', 'RS256']),
    clockToleranceSeconds: options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
  };
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), {
    timeoutDuration: options.timeoutMs ?? 5000,
    cooldownDuration: options.cooldownMs ?? 30_000,
  });
  return cachingVerifier((token) => verifyToken(token, jwks, policy), policy.clockToleranceSeconds);
};
