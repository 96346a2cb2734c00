import { describe, expect, it } from 'vitest';
import type { EventStore, RecordedEvent, SubscribeOptions } from '../port';
import type { ContractContext } from './context';
import { collect, eventOf, eventsOf, eventually, sleep } from './fixtures';

/** Appends `total` events from three concurrent writers in small batches, yielding between appends. */
const writeConcurrently = async (store: EventStore, total: number, tag: string) => {
  let written = 0;
  const writer = async (w: number) => {
    for (let n = 0; written < total; n++) {
      const size = Math.min(1 + ((n + w) % 4), total - written);
      written += size;
      const type = n % 2 === 0 ? 'Even' : 'Odd';
      await store.append(
        `${tag}-${w}-${n % 7}`,
        eventsOf(size, () => ({ type })),
      );
      await sleep(n % 5 === 0 ? 1 : 0);
    }
  };
  await Promise.all([0, 1, 2].map(writer));
};

const subscribeCollecting = (store: EventStore, options: SubscribeOptions, slowEvery = 0) => {
  const received: RecordedEvent[] = [];
  let inFlight = 0;
  let overlapped = false;
  const subscription = store.subscribeToAll(async (event) => {
    inFlight++;
    if (inFlight > 1) overlapped = true;
    received.push(event);
    if (slowEvery > 0 && received.length % slowEvery === 0) await sleep(1);
    inFlight--;
  }, options);
  return { received, subscription, overlapped: () => overlapped };
};

const expectStrictlyIncreasing = (events: RecordedEvent[]) => {
  for (let i = 1; i < events.length; i++)
    expect(events[i]!.position).toBeGreaterThan(events[i - 1]!.position);
};

export const subscriptionContract = (ctx: ContractContext): void => {
  describe('subscribe to all', () => {
    it('catches up, then delivers live events as they are appended', async () => {
      const store = await ctx.store();
      await store.append('a', eventsOf(3));
      const { received, subscription } = subscribeCollecting(store, {});
      await eventually(() => received.length === 3, ctx.liveTimeoutMs, 'the catch-up');
      await store.append('b', eventsOf(2));
      await eventually(() => received.length === 5, ctx.liveTimeoutMs, 'the live events');
      await subscription.close();
      expect(received.map((event) => event.position)).toEqual(
        (await collect(store.readAll())).map((event) => event.position),
      );
    });

    it('has no gap and no duplicate at the catch-up/live switch while others write', async () => {
      const store = await ctx.store();
      await writeConcurrently(store, 1500, 'before');
      const from = subscribeCollecting(store, {}, 50);
      const middle = (await collect(store.readAll({ maxCount: 700 }))).at(-1)!.position;
      const fromMiddle = subscribeCollecting(store, { fromPosition: middle, filter: { types: ['Odd'] } }, 7);
      await writeConcurrently(store, 1500, 'during');
      const all = await collect(store.readAll());
      const odd = all.filter((event) => event.position > middle && event.type === 'Odd');
      await eventually(() => from.received.length >= all.length, ctx.liveTimeoutMs * 4, 'every event');
      await eventually(
        () => fromMiddle.received.length >= odd.length,
        ctx.liveTimeoutMs * 4,
        'the odd events',
      );
      await sleep(20);
      await Promise.all([from.subscription.close(), fromMiddle.subscription.close()]);
      expect(from.received.map((event) => event.eventId)).toEqual(all.map((event) => event.eventId));
      expect(fromMiddle.received.map((event) => event.eventId)).toEqual(odd.map((event) => event.eventId));
      expectStrictlyIncreasing(from.received);
      expect(from.overlapped() || fromMiddle.overlapped()).toBe(false);
    });

    it('delivers the same events as read-all, with their data and metadata', async () => {
      const store = await ctx.store();
      await store.append('x', [eventOf({ data: { 名称: '政务公开', n: 1 } })]);
      const { received, subscription } = subscribeCollecting(store, { filter: { streamPrefixes: ['x'] } });
      await eventually(() => received.length === 1, ctx.liveTimeoutMs, 'the event');
      await subscription.close();
      expect(received).toEqual(await collect(store.readAll()));
    });

    it('stops delivering once closed', async () => {
      const store = await ctx.store();
      const { received, subscription } = subscribeCollecting(store, {});
      await store.append('a', eventsOf(2));
      await eventually(() => received.length === 2, ctx.liveTimeoutMs, 'two events');
      await subscription.close();
      await store.append('a', eventsOf(2));
      await sleep(50);
      expect(received).toHaveLength(2);
      await expect(subscription.done).resolves.toBeUndefined();
    });

    it('ends with the handler error when the handler throws, and delivers nothing after it', async () => {
      const store = await ctx.store();
      await store.append('a', eventsOf(5));
      let calls = 0;
      const subscription = store.subscribeToAll(() => {
        calls++;
        if (calls === 3) throw new Error('projection failed');
      });
      await expect(subscription.done).rejects.toThrow('projection failed');
      await store.append('a', eventsOf(1));
      await sleep(30);
      expect(calls).toBe(3);
      await subscription.close();
    });
  });
};
