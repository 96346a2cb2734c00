import type { DivisionCode, Tier } from '../tenants/types';

/** Who sends a command; structurally identical to `Actor` of the event-store port. */
export interface Actor {
  /** Principal id (JWT `sub`, source-system id, or `system:<name>`). */
  id: string;
  tier: Tier;
  /** The tenant the actor acts from (`000000` for the national viewer). */
  tenant: DivisionCode;
}
