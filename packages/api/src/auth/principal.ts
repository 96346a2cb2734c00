/** Administrative tier of a tenant (same union as the event store's `Actor.tier`). */
export type Tier = 'county' | 'prefecture' | 'province' | 'national';

export const TIERS: readonly Tier[] = ['county', 'prefecture', 'province', 'national'];

/** The national viewer acts from this pseudo-tenant, above every province. */
export const NATIONAL_TENANT = '000000';

/** A caller whose bearer token was verified. Shaped so it maps 1:1 onto an event's `actor`. */
export interface AuthenticatedPrincipal {
  readonly authenticated: true;
  /** JWT `sub`. */
  readonly id: string;
  /** 6-digit division code the principal acts from (`000000` for the national viewer). */
  readonly tenant: string;
  readonly tier: Tier;
  readonly roles: readonly string[];
}

/** A caller without a bearer token. Only fields marked `@public` let it through. */
export interface AnonymousPrincipal {
  readonly authenticated: false;
}

export type Principal = AuthenticatedPrincipal | AnonymousPrincipal;

export const ANONYMOUS: AnonymousPrincipal = Object.freeze({ authenticated: false });

export const isAuthenticated = (principal: Principal): principal is AuthenticatedPrincipal =>
  principal.authenticated;

export const isTier = (value: unknown): value is Tier =>
  typeof value === 'string' && (TIERS as readonly string[]).includes(value);
