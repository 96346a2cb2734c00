import { hasCode } from './hasCode';

export const BUS_CLOSED = 'BUS_CLOSED';

/** The bus was closed: open a new one (a closed bus is never reopened). */
export class BusClosedError extends Error {
  readonly code = BUS_CLOSED;

  constructor(readonly operation: string) {
    super(`Cannot ${operation}: the bus is closed. Create a new bus; a closed one stays closed.`);
    this.name = 'BusClosedError';
  }
}

export const isBusClosedError = (error: unknown): error is BusClosedError => hasCode(error, BUS_CLOSED);
