import { randomUUID } from 'node:crypto';
import type { BusMessage, OutgoingMessage, SubscribeOptions } from '../port';

export { eventually, sleep } from '@gongkai/testkit';

/** A topic or group name no other test (or earlier run against the same broker) uses. */
export const uniqueName = (role: string): string => `contract-${role}-${randomUUID().slice(0, 8)}`;

/** Messages whose values are the numbers `from`..`from + count - 1`; the key of each comes from `keyOf`. */
export const numbered = (
  count: number,
  keyOf: (index: number) => string | null = () => null,
  from = 0,
): OutgoingMessage[] =>
  Array.from({ length: count }, (_, index) => ({ key: keyOf(from + index), value: String(from + index) }));

export const indexOf = (message: BusMessage): number => Number(message.value.toString('utf8'));

/** Records every message its handler completed, in the order the batches completed. */
export const recorder = () => {
  const handled: BusMessage[] = [];
  const handleBatch: SubscribeOptions['handleBatch'] = (batch) => {
    handled.push(...batch);
    return Promise.resolve();
  };
  return { handled, handleBatch, indexes: () => handled.map(indexOf) };
};

/** Fast redelivery, so failure tests do not wait on the production backoff. */
export const quickRedelivery = { initialDelayMs: 10, maxDelayMs: 50 };

export const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from }, (_, index) => from + index);
