import { hasCode } from './hasCode';

export const BUS_UNAVAILABLE = 'BUS_UNAVAILABLE';

/**
 * The broker could not be reached or did not accept the request after every retry. Nothing was
 * confirmed: a publish that fails with this may still have been written, so retry with the same keys.
 */
export class BusUnavailableError extends Error {
  readonly code = BUS_UNAVAILABLE;

  constructor(
    readonly operation: string,
    readonly brokers: readonly string[],
    options?: { cause?: unknown },
  ) {
    const cause = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(
      `Could not ${operation} on the bus at ${brokers.join(',') || '(no brokers)'}${cause}. ` +
        'Check that the broker runs (pnpm infra:up) and that KAFKA_BROKERS points at it.',
      options,
    );
    this.name = 'BusUnavailableError';
  }
}

export const isBusUnavailableError = (error: unknown): error is BusUnavailableError =>
  hasCode(error, BUS_UNAVAILABLE);
