import type { Actor } from '@gongkai/domain';
import { isPublicActor } from '@gongkai/domain';
import type { GongkaiApiContext } from '../context';

const PLATFORM_PREFIX = 'system:';

/**
 * An actor's subject is personal data when the identity provider uses names or e-mail addresses:
 * only readers acting from the actor's own tenant see it; every reader sees the unit and the role.
 */
export const actorResolvers = {
  Actor: {
    id: (actor: Actor, _: unknown, context: GongkaiApiContext): string | null =>
      context.principal.authenticated && context.principal.tenant === actor.tenant ? actor.id : null,
    role: (actor: Actor): 'OFFICIAL' | 'PLATFORM' | 'PUBLIC' =>
      isPublicActor(actor) ? 'PUBLIC' : actor.id.startsWith(PLATFORM_PREFIX) ? 'PLATFORM' : 'OFFICIAL',
  },
};
