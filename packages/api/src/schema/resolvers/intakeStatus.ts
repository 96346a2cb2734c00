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
  const status = await context.gongkai.gateway.status(envelopeMessageId(actor, messageId));
  switch (status.state) {
    case 'unknown':
      return { messageId, tenant: actor.tenant, state: 'UNKNOWN' };
    case 'pending':
      return { messageId, tenant: status.tenant, state: 'PENDING' };
    case 'rejected':
      return {
        messageId,
        tenant: status.tenant,
        state: 'REJECTED',
        code: status.code,
        message: status.reason,
      };
    case 'accepted':
      return { messageId, tenant: status.tenant, state: 'ACCEPTED', ...status.outcome };
  }
};
