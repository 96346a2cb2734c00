import { createHmac, webcrypto } from 'node:crypto';
import type { EmbeddedSigningKey, Tier } from '@gongkai/api';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, loadOrCreateSigningKey, signToken } from '@gongkai/api';

/** Who a token speaks for. */
export interface Principal {
  readonly tenant: string;
  readonly tier: Tier;
  readonly roles: readonly string[];
  readonly sub: string;
}

export const admin = (tenant: string, tier: Tier): Principal => ({
  tenant,
  tier,
  roles: ['admin'],
  sub: `${tier}-admin@${tenant}`,
});

export const viewer = (tenant: string, tier: Tier): Principal => ({
  tenant,
  tier,
  roles: ['viewer'],
  sub: `${tier}-viewer@${tenant}`,
});

const claimsOf = (principal: Principal) => ({
  sub: principal.sub,
  tenant: principal.tenant,
  tier: principal.tier,
  roles: [...principal.roles],
});

type Key = Pick<EmbeddedSigningKey, 'algorithm' | 'kid' | 'privateKey' | 'publicJwk'>;

/** A token the platform accepts: signed with its own key, as `gongkai token` would. */
export const validToken = (key: Key, principal: Principal): Promise<string> =>
  signToken(key, claimsOf(principal), { expiresIn: '1h' });

/** Issued two hours ago for one hour: well past the verifier's clock tolerance. */
export const expiredToken = (key: Key, principal: Principal): Promise<string> =>
  signToken(key, claimsOf(principal), { expiresIn: '1h', now: new Date(Date.now() - 2 * 3_600_000) });

/** Signed properly, but for a service other than the Gongkai API. */
export const otherAudienceToken = (key: Key, principal: Principal): Promise<string> =>
  signToken(key, claimsOf(principal), { audience: 'another-service' });

/** Same claims, signed with a second key pair generated in `otherDataDir`. */
export const foreignKeyToken = async (otherDataDir: string, principal: Principal): Promise<string> =>
  signToken(await loadOrCreateSigningKey(otherDataDir), claimsOf(principal), { expiresIn: '1h' });

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

const now = (): number => Math.floor(Date.now() / 1000);

const registeredClaims = () => ({ iss: EMBEDDED_ISSUER, aud: EMBEDDED_AUDIENCE, iat: now() });

/** `alg: none`, crafted by hand: header and claims, and an empty signature. */
export const unsignedToken = (principal: Principal): string =>
  `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...registeredClaims(), exp: now() + 3600, ...claimsOf(principal) })}.`;

/** The classic key confusion: HS256 keyed with the platform's public key (which anyone may have). */
export const publicKeyHmacToken = (key: Key, principal: Principal): string => {
  const signingInput = `${base64url({ alg: 'HS256', typ: 'JWT', kid: key.kid })}.${base64url({
    ...registeredClaims(),
    exp: now() + 3600,
    ...claimsOf(principal),
  })}`;
  const signature = createHmac('sha256', JSON.stringify(key.publicJwk))
    .update(signingInput)
    .digest('base64url');
  return `${signingInput}.${signature}`;
};

/** Any claims, signed with the platform's own key: for tokens `signToken` refuses to make. */
export const craftedToken = async (key: Key, claims: Record<string, unknown>): Promise<string> => {
  const signingInput = `${base64url({ alg: key.algorithm, kid: key.kid, typ: 'JWT' })}.${base64url(claims)}`;
  const algorithm =
    key.algorithm === 'EdDSA' ? { name: 'Ed25519' } : { name: 'ECDSA', hash: { name: 'SHA-256' } };
  const signature = await webcrypto.subtle.sign(
    algorithm,
    key.privateKey,
    new TextEncoder().encode(signingInput),
  );
  return `${signingInput}.${Buffer.from(signature).toString('base64url')}`;
};

/** Signed with the platform's own key, but without `exp`: a token that would never expire. */
export const tokenWithoutExp = (key: Key, principal: Principal): Promise<string> =>
  craftedToken(key, { ...registeredClaims(), ...claimsOf(principal) });

/** Signed with the platform's own key, valid only from tomorrow (`nbf`). */
export const notYetValidToken = (key: Key, principal: Principal): Promise<string> =>
  craftedToken(key, {
    ...registeredClaims(),
    nbf: now() + 86_400,
    exp: now() + 2 * 86_400,
    ...claimsOf(principal),
  });

/** Signed with the platform's own key, but naming another issuer. */
export const otherIssuerToken = (key: Key, principal: Principal): Promise<string> =>
  signToken(key, claimsOf(principal), { issuer: 'https://idp.example.org' });
