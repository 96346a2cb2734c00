import { hasCode } from './hasCode';

export const RELAY_NOT_STARTABLE = 'RELAY_NOT_STARTABLE';

/** `start()` on a relay that already ran: a stopped relay is not restarted, a new one is created. */
export class RelayNotStartableError extends Error {
  readonly code = RELAY_NOT_STARTABLE;

  constructor(readonly state: string) {
    super(`The relay is ${state}; create a new relay with createRelay(...) to start again.`);
    this.name = 'RelayNotStartableError';
  }
}

export const isRelayNotStartableError = (error: unknown): error is RelayNotStartableError =>
  hasCode(error, RELAY_NOT_STARTABLE);
