import { SignJWT } from 'jose';
import type { GongkaiClaims } from './claims';
import { checkClaims } from './claims';
import type { EmbeddedSigningKey } from './keyStore';

/** Issuer and audience of embedded-mode tokens (the verifier expects the same by default). */
export const EMBEDDED_ISSUER = 'gongkai';
export const EMBEDDED_AUDIENCE = 'gongkai-api';

export interface SignTokenOptions {
  /** Lifetime in seconds, or a span such as `'90s'`, `'15m'`, `'8h'`, `'30d'`. Default `'8h'`. */
  expiresIn?: number | string;
  issuer?: string;
  audience?: string;
  /** Issue time; defaults to now. */
  now?: Date;
}

const SPAN_UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

const toSeconds = (span: number | string): number => {
  if (typeof span === 'number') return span;
  const match = /^(\d+)\s*([smhd])$/.exec(span.trim());
  const unit = match?.[2] === undefined ? undefined : SPAN_UNITS[match[2]];
  if (match?.[1] === undefined || unit === undefined) {
    throw new Error(`Cannot sign a token: lifetime "${span}" is not a number of seconds or a span like 8h.`);
  }
  return Number(match[1]) * unit;
};

/**
 * Signs a bearer token with the embedded key (what `gongkai token --tenant CODE --role ROLE` calls;
 * the caller looks up the tenant's tier in the directory). Refuses claims the verifier would refuse.
 */
export const signToken = async (
  key: Pick<EmbeddedSigningKey, 'algorithm' | 'kid' | 'privateKey'>,
  claims: GongkaiClaims,
  options: SignTokenOptions = {},
): Promise<string> => {
  const check = checkClaims({ ...claims });
  if (!check.ok) throw new Error(`Cannot sign a token: ${check.problem}.`);
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const lifetime = toSeconds(options.expiresIn ?? '8h');
  return new SignJWT({ tenant: claims.tenant, tier: claims.tier, roles: [...claims.roles] })
    .setProtectedHeader({ alg: key.algorithm, kid: key.kid, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(options.issuer ?? EMBEDDED_ISSUER)
    .setAudience(options.audience ?? EMBEDDED_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetime)
    .sign(key.privateKey);
};
