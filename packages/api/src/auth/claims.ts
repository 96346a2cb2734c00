import { PUBLIC_ACTOR_PREFIX } from '@gongkai/domain';
import type { AuthenticatedPrincipal } from './principal';
import { NATIONAL_TENANT, isTier } from './principal';
import type { Tier } from './principal';

/** The Gongkai claims every token carries (besides `exp`, `iat`, `iss`, `aud`). */
export interface GongkaiClaims {
  readonly sub: string;
  readonly tenant: string;
  readonly tier: Tier;
  readonly roles: readonly string[];
}

export const REQUIRED_CLAIMS = ['exp', 'sub', 'tenant', 'tier', 'roles'] as const;

const TENANT_PATTERN = /^\d{6}$/;
const ROLE_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;

export type ClaimsCheck = { ok: true; principal: AuthenticatedPrincipal } | { ok: false; problem: string };

/**
 * Checks the shape of the Gongkai claims. The problem text is for logs and for the CLI that mints
 * tokens, never for API clients.
 */
export const checkClaims = (payload: Readonly<Record<string, unknown>>): ClaimsCheck => {
  const { sub, tenant, tier, roles } = payload;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 256) {
    return { ok: false, problem: 'sub must be a non-empty string of at most 256 characters' };
  }
  // The public's actor namespace: a token in it would pass itself off as an anonymous citizen.
  if (sub.startsWith(PUBLIC_ACTOR_PREFIX)) {
    return { ok: false, problem: `sub must not start with ${PUBLIC_ACTOR_PREFIX} (reserved for the public)` };
  }
  if (typeof tenant !== 'string' || !TENANT_PATTERN.test(tenant)) {
    return { ok: false, problem: 'tenant must be a 6-digit division code' };
  }
  if (!isTier(tier)) return { ok: false, problem: 'tier must be county, prefecture, province or national' };
  if ((tier === 'national') !== (tenant === NATIONAL_TENANT)) {
    return { ok: false, problem: `the national tier and only it acts from tenant ${NATIONAL_TENANT}` };
  }
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string' && ROLE_PATTERN.test(role))) {
    return { ok: false, problem: 'roles must be an array of lower-case role names, e.g. ["admin"]' };
  }
  return {
    ok: true,
    principal: Object.freeze({
      authenticated: true,
      id: sub,
      tenant,
      tier,
      roles: Object.freeze([...(roles as string[])]),
    }),
  };
};
