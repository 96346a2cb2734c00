import type { RedeliveryOptions } from '../port';

const DEFAULT_INITIAL_MS = 100;
const DEFAULT_MAX_MS = 5000;

/** Delay before redelivery `attempt` (1-based): doubles from the initial delay, capped. */
export const redeliveryDelay = (options: RedeliveryOptions | undefined, attempt: number): number => {
  const initial = options?.initialDelayMs ?? DEFAULT_INITIAL_MS;
  const max = options?.maxDelayMs ?? DEFAULT_MAX_MS;
  return Math.min(max, initial * 2 ** Math.min(attempt - 1, 30));
};
