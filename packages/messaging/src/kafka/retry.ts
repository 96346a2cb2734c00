import type { RetryOptions } from 'kafkajs';

const INITIAL_MS = 300;
const MAX_STEP_MS = 5000;

/**
 * kafkajs retries count attempts, not time: pick the count whose delays (300 ms doubling, capped at
 * 5 s a step) add up to the budget, so a publish outlasts a broker restart.
 */
export const retryWithin = (budgetMs: number): RetryOptions => {
  let retries = 0;
  for (let total = 0, step = INITIAL_MS; total < budgetMs; retries++) {
    total += step;
    step = Math.min(step * 2, MAX_STEP_MS);
  }
  return { initialRetryTime: INITIAL_MS, maxRetryTime: MAX_STEP_MS, multiplier: 2, factor: 0.2, retries };
};
