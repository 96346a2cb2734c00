import { hasCode } from './hasCode';

export const BUS_MESSAGE_REFUSED = 'BUS_MESSAGE_REFUSED';

/**
 * The broker refused the messages themselves (too large for the topic, an invalid record): sending
 * them again cannot succeed. A consumer that publishes should set the message aside and move on.
 */
export class MessageRefusedError extends Error {
  readonly code = BUS_MESSAGE_REFUSED;

  constructor(
    readonly topic: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(
      `The broker refused a message for ${topic}: ${reason}. Retrying the same message cannot succeed; make it smaller or valid.`,
      options,
    );
    this.name = 'MessageRefusedError';
  }
}

export const isMessageRefusedError = (error: unknown): error is MessageRefusedError =>
  hasCode(error, BUS_MESSAGE_REFUSED);
