import type { CommandHandler } from '@gongkai/command-handling';
import type { CommandGateway } from './commandGateway';

/** The embedded gateway: decides and appends in this process through the `CommandHandler`. */
export const createHandlerGateway = (handler: Pick<CommandHandler, 'handle'>): CommandGateway => ({
  send: (envelope) => handler.handle(envelope),
});
