import type { GongkaiApiContext } from '../context';
import { envelopeMessageId } from './sendCommand';

/** `intakeStatus`: the caller's own messages only, as sendCommand scoped their ids. */
export const intakeStatus = async (
  _: unknown,
  { messageId }: { messageId: string },
  context: GongkaiApiContext,
) => {
  // Any signed-in caller may ask; ids are scoped by the caller, so it only ever finds its own.
  const principal = context.scope.requireAuthenticated();
  const actor = { id: principal.id, tier: principal.tier, tenant: principal.tenant };
  const status = await context.gongkai.gateway.status(envelopeMessageId(actor, messageId), actor);
  if (status.state === 'unknown') return { messageId, tenant: actor.tenant, state: 'UNKNOWN' };
  if (status.state === 'pending') return { messageId, tenant: status.tenant, state: 'PENDING' };
  const { outcome, tenant } = status;
  if (outcome.status === 'rejected')
    return {
      messageId,
      tenant,
      state: 'REJECTED',
      code: outcome.code,
      message: outcome.reason,
      duplicate: outcome.duplicate,
    };
  const { streamId, revision, position, eventIds, duplicate } = outcome;
  return { messageId, tenant, state: 'ACCEPTED', streamId, revision, position, eventIds, duplicate };
};
