import { hasCode } from './hasCode';

export const PUBLIC_EVENT_INVALID = 'PUBLIC_EVENT_INVALID';

/** A message on the public topic that is not a CloudEvent of ours (a subscriber's parse). */
export class InvalidPublicEventError extends Error {
  readonly code = PUBLIC_EVENT_INVALID;

  constructor(readonly issues: readonly string[]) {
    super(
      `The message is not a Gongkai public CloudEvent (specversion 1.0, JSON): ${issues.join('; ')}. ` +
        'Read only the public topic with this parser, and skip what it refuses.',
    );
    this.name = 'InvalidPublicEventError';
  }
}

export const isInvalidPublicEventError = (error: unknown): error is InvalidPublicEventError =>
  hasCode(error, PUBLIC_EVENT_INVALID);
