import type { DivisionCode, TenantUnit, Tier } from '../tenants/types';

/** Who sends a command; structurally identical to `Actor` of the event-store port. */
export interface Actor {
  /** Principal id (JWT `sub`, source-system id, `system:<name>`, or `public:<channel>`). */
  id: string;
  tier: Tier;
  /** The tenant the actor acts from (`000000` for the national viewer). */
  tenant: DivisionCode;
}

/**
 * Ids in this namespace are members of the public, not officials: the authorization lets them give
 * feedback on their own tenant's pilot and nothing else. Token issuers must never mint such a subject.
 */
export const PUBLIC_ACTOR_PREFIX = 'public:';

export const isPublicActor = (actor: Pick<Actor, 'id'>): boolean => actor.id.startsWith(PUBLIC_ACTOR_PREFIX);

/**
 * The anonymous public on a tenant's website (试点工作专题). It acts from the unit it gives feedback to,
 * with that unit's tier, so the audit trail says where the feedback came in.
 */
export const publicActor = (unit: Pick<TenantUnit, 'code' | 'tier'>, channel = 'website'): Actor => ({
  id: `${PUBLIC_ACTOR_PREFIX}${channel}`,
  tier: unit.tier,
  tenant: unit.code,
});
