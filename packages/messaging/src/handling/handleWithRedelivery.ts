import type { BatchControl, BusMessage, SubscribeOptions } from '../port';
import { redeliveryDelay } from './backoff';

const STEP_MS = 500;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits out a backoff in short steps, heartbeating, so a stop or a lost partition ends it early. */
const waitBeforeRedelivery = async (delayMs: number, control: BatchControl, keepGoing: () => boolean) => {
  const until = Date.now() + delayMs;
  while (keepGoing() && Date.now() < until) {
    await sleep(Math.min(STEP_MS, until - Date.now()));
    await control.heartbeat();
  }
};

/**
 * Hands the batch to the handler until it resolves; a throw means "deliver this batch again" (after a
 * backoff), never "skip it". Returns false when `keepGoing` turned false first: the caller must then
 * leave the batch uncommitted, so whoever holds the partition next receives it again.
 */
export const handleWithRedelivery = async (
  batch: BusMessage[],
  control: BatchControl,
  options: SubscribeOptions,
  keepGoing: () => boolean,
): Promise<boolean> => {
  for (let attempt = 1; ; attempt++) {
    try {
      await options.handleBatch(batch, control);
      return true;
    } catch (error) {
      const { topic, partition } = control;
      options.onHandlerError?.({ error, topic, partition, firstOffset: batch[0]?.offset ?? '', attempt });
      await waitBeforeRedelivery(redeliveryDelay(options.redelivery, attempt), control, keepGoing);
      if (!keepGoing()) return false;
    }
  }
};
