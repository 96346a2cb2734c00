import type { CommandHandler } from '@gongkai/command-handling';
import { isDomainError } from '@gongkai/domain';
import type { CommandGateway, GatewayStatus } from './commandGateway';

/**
 * Decides in this process through the `CommandHandler`, without an intake: for tests of the API and
 * for tools. It remembers the outcomes it gave, so `status` works as with the intake.
 */
export const createHandlerGateway = (handler: Pick<CommandHandler, 'handle'>): CommandGateway => {
  const known = new Map<string, GatewayStatus>();
  return {
    async send(envelope) {
      const tenant = envelope.command.data.tenant;
      try {
        const outcome = await handler.handle(envelope);
        known.set(envelope.messageId, { state: 'accepted', tenant, outcome });
        return outcome;
      } catch (error) {
        if (isDomainError(error))
          known.set(envelope.messageId, {
            state: 'rejected',
            tenant,
            code: error.code,
            reason: error.message,
          });
        throw error;
      }
    },
    status: (messageId) => Promise.resolve(known.get(messageId) ?? { state: 'unknown' }),
  };
};
