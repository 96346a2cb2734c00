import { randomUUID } from 'node:crypto';
import type { Bus } from '@gongkai/messaging';
import type { PublicCloudEvent } from '../cloudEvents';
import { parsePublicEvent } from '../cloudEvents';
import { PUBLIC_EVENTS_TOPIC } from '../topics';

export interface Received {
  event: PublicCloudEvent;
  key: string | null;
  contentType: string | undefined;
}

/** A subscriber of the public topic (its own group, from the beginning) that keeps what it receives. */
export const collectPublished = async (bus: Bus, topic = PUBLIC_EVENTS_TOPIC) => {
  const received: Received[] = [];
  const subscription = await bus.subscribe({
    groupId: `collector-${randomUUID()}`,
    topics: [topic],
    fromBeginning: true,
    handleBatch: (batch) => {
      for (const message of batch) {
        received.push({
          event: parsePublicEvent(message),
          key: message.key,
          contentType: message.headers['content-type'],
        });
      }
      return Promise.resolve();
    },
  });
  const ids = () => new Set(received.map(({ event }) => event.id));
  /** Resolves once every id was received at least once. */
  const until = async (expected: readonly string[], timeoutMs = 30_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const seen = ids();
      const missing = expected.filter((id) => !seen.has(id));
      if (missing.length === 0) return;
      if (Date.now() > deadline)
        throw new Error(`${missing.length} events never arrived, e.g. ${missing[0]}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { received, until, stop: () => subscription.stop() };
};
