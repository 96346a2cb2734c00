import { afterEach } from 'vitest';
import type { Bus, BusMessage, SubscribeOptions, Subscription } from '../port';
import type { BusContractOptions } from './options';
import { eventually, recorder, uniqueName } from './fixtures';

export interface ContractContext {
  /** A new bus, closed after the test. */
  bus: () => Promise<Bus>;
  /** A new topic with `partitions` partitions on `bus`. */
  topic: (bus: Bus, partitions: number) => Promise<string>;
  /** Subscribes; the subscription is stopped after the test if the test did not stop it. */
  subscribe: (bus: Bus, options: SubscribeOptions) => Promise<Subscription>;
  /** Reads `count` messages of `topic` from the start, as a new group, and stays subscribed. */
  consume: (bus: Bus, topic: string, count: number) => Promise<BusMessage[]>;
  /** How long a published message may take to reach a subscription (a group join included). */
  timeoutMs: number;
  /** How long to watch for a message that must not come. */
  quietMs: number;
}

export const contractContext = (options: BusContractOptions): ContractContext => {
  const buses: Bus[] = [];
  const subscriptions: Subscription[] = [];
  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
  });
  const subscribe: ContractContext['subscribe'] = async (bus, subscribeOptions) => {
    const subscription = await bus.subscribe(subscribeOptions);
    subscriptions.push(subscription);
    return subscription;
  };
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    timeoutMs,
    quietMs: options.quietMs ?? 1000,
    bus: async () => {
      const bus = await options.create();
      buses.push(bus);
      return bus;
    },
    topic: async (bus, partitions) => {
      const topic = uniqueName('topic');
      await bus.ensureTopics([{ topic, partitions }]);
      return topic;
    },
    subscribe,
    consume: async (bus, topic, count) => {
      const { handled, handleBatch } = recorder();
      await subscribe(bus, {
        groupId: uniqueName('group'),
        topics: [topic],
        fromBeginning: true,
        handleBatch,
      });
      await eventually(() => handled.length >= count, timeoutMs, `${count} messages of ${topic}`);
      return handled;
    },
  };
};
