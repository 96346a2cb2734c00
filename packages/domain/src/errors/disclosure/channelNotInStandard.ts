import { DomainError, isDomainError } from '../domainError';

export const CHANNEL_NOT_IN_STANDARD = 'CHANNEL_NOT_IN_STANDARD';

export type ChannelNotInStandardDetails = { itemId: string; channel: string; allowed: readonly string[] };

/** Publishing on a channel the item's standard does not name. */
export class ChannelNotInStandardError extends DomainError {
  declare readonly code: typeof CHANNEL_NOT_IN_STANDARD;
  declare readonly details: ChannelNotInStandardDetails;

  constructor(p: ChannelNotInStandardDetails) {
    super(
      CHANNEL_NOT_IN_STANDARD,
      `Channel ${p.channel} is not in the standard of item ${p.itemId} (allowed: ${p.allowed.join(', ')}): publish on one of those, or revise the standard.`,
      p,
    );
  }
}

export const isChannelNotInStandardError = (error: unknown): error is ChannelNotInStandardError =>
  isDomainError(error, CHANNEL_NOT_IN_STANDARD);
