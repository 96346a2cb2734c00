import { randomUUID } from 'node:crypto';
import type { Bus, BusMessage, Subscription } from '@gongkai/messaging';

/** Reads a topic from its start in a group of its own, keeping every message it is handed. */
export interface TopicReader {
  readonly messages: BusMessage[];
  /** Resolves once `done(messages)` holds; rejects after `timeoutMs`. */
  until(done: (messages: readonly BusMessage[]) => boolean, timeoutMs?: number): Promise<void>;
  json<T>(): T[];
  stop(): Promise<void>;
}

export const readTopic = async (bus: Bus, topic: string): Promise<TopicReader> => {
  const messages: BusMessage[] = [];
  const subscription: Subscription = await bus.subscribe({
    groupId: `test-reader-${randomUUID()}`,
    topics: [topic],
    fromBeginning: true,
    handleBatch: (batch) => {
      messages.push(...batch);
      return Promise.resolve();
    },
  });
  return {
    messages,
    async until(done, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!done(messages)) {
        if (Date.now() > deadline)
          throw new Error(
            `${topic}: condition not met after ${timeoutMs} ms (${messages.length} messages read)`,
          );
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    json: <T>() => messages.map((message) => JSON.parse(message.value.toString('utf8')) as T),
    stop: () => subscription.stop(),
  };
};
