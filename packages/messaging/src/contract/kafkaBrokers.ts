import { describe, it } from 'vitest';
import { kafkaBrokersFrom } from '../kafka/config';

/**
 * The brokers an infra test runs against (KAFKA_BROKERS), or undefined after one loud line saying why
 * it is skipped. Under CI=true a missing KAFKA_BROKERS registers a failing test instead: CI must not
 * pass by skipping. (No testcontainers fallback: it is not installed.)
 */
export const kafkaBrokersForTests = (
  suite: string,
  env: NodeJS.ProcessEnv = process.env,
): string[] | undefined => {
  const brokers = kafkaBrokersFrom(env);
  if (brokers !== undefined) return brokers;
  const fix = 'run `pnpm infra:up` and set KAFKA_BROKERS=127.0.0.1:9092';
  if (env.CI !== 'true') {
    console.warn(`${suite} SKIPPED: KAFKA_BROKERS is not set and testcontainers is not installed — ${fix}.`);
    return undefined;
  }
  console.warn(`${suite}: KAFKA_BROKERS is not set under CI=true — FAILING (${fix}).`);
  describe(`${suite} under CI`, () => {
    it('needs a broker: CI must not pass by skipping', () => {
      throw new Error(`KAFKA_BROKERS is not set under CI=true: ${fix}.`);
    });
  });
  return undefined;
};
