import type { WriteCore } from '@gongkai/command-handling';
import type { CommandGateway, MessageStatus } from './commandGateway';

/** Latest outcomes a gateway remembers for `status`; the oldest go first. */
const REMEMBERED = 100_000;

/**
 * Decides in this process through the write core, without an intake: for tests of the API and for
 * tools. `status` tells the latest outcome given here (a repeat's is `duplicate: true`), else the
 * first outcome the event store keeps under the key (so it survives a restart).
 */
export const createCoreGateway = (core: Pick<WriteCore, 'handle' | 'outcomeOf'>): CommandGateway => {
  const latest = new Map<string, MessageStatus>();
  return {
    async send(envelope) {
      const outcome = await core.handle(envelope);
      const conflict = outcome.status === 'rejected' && outcome.code === 'MESSAGE_ID_CONFLICT';
      if (!conflict) {
        latest.delete(envelope.messageId);
        latest.set(envelope.messageId, { state: 'decided', tenant: envelope.command.data.tenant, outcome });
        if (latest.size > REMEMBERED) latest.delete(latest.keys().next().value!);
      }
      return outcome;
    },
    async status(messageId) {
      const known = latest.get(messageId);
      if (known) return known;
      const recorded = await core.outcomeOf(messageId);
      return recorded ? { state: 'decided', ...recorded } : { state: 'unknown' };
    },
  };
};
