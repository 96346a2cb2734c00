import { describe, expect, it } from 'vitest';
import { WriteCore } from '@gongkai/command-handling';
import { officialWorkingDayCalendar } from '@gongkai/domain';
import type { EventStore, RecordedEvent } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import { collect } from '@gongkai/testkit';
import {
  heilongjiangSeedCommands,
  scaledSeedCommands,
  seedDirectory,
  seedEventStore,
  summarizeSeed,
} from './index';

const withStore = async <T>(use: (store: EventStore) => Promise<T>): Promise<T> => {
  const store = openSqliteEventStore({ fileName: ':memory:' });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

const withoutStoreTime = ({ recordedAt: _recordedAt, ...event }: RecordedEvent) => event;

describe('the seed scaled for benchmarks', () => {
  it('builds exactly the items asked for, with about ten events each, without a rejection', async () => {
    await withStore(async (store) => {
      const result = await seedEventStore(store, { scale: { itemsTarget: 2_000 } });
      expect(result.rejected).toEqual([]);
      const summary = await summarizeSeed(store);
      expect(summary.items.drafted).toBe(2_000);
      expect(summary.events / 2_000).toBeGreaterThan(9.9);
      expect(summary.events / 2_000).toBeLessThanOrEqual(10);
      expect(summary.items.incomplete).toBeGreaterThan(0);
      expect(summary.disclosures.late).toBeGreaterThan(0);
      expect(summary.disclosures.onTime).toBeGreaterThan(summary.disclosures.late);
    });
  });

  it('stores in batches exactly the events the core stores one command at a time', async () => {
    const options = { scale: { itemsTarget: 120, eventsTarget: 1_500 } };
    const fast = await withStore(async (store) => {
      expect((await seedEventStore(store, options)).rejected).toEqual([]);
      return (await collect(store.readAll())).map(withoutStoreTime);
    });
    const handled = await withStore(async (store) => {
      const core = new WriteCore({
        eventStore: store,
        directory: seedDirectory,
        calendar: officialWorkingDayCalendar,
      });
      for (const envelope of heilongjiangSeedCommands(options))
        expect(await core.handle(envelope)).toMatchObject({ status: 'accepted' });
      return (await collect(store.readAll())).map(withoutStoreTime);
    });
    expect(fast.length).toBeGreaterThan(1_400);
    expect(fast).toEqual(handled);
  });

  it('appends nothing when the store already holds the seed', async () => {
    await withStore(async (store) => {
      const options = { scale: { itemsTarget: 100 } };
      const first = await seedEventStore(store, options);
      const head = await store.headPosition();
      const again = await seedEventStore(store, options);
      expect(again).toEqual({ commands: first.commands, events: 0, rejected: [] });
      expect(await store.headPosition()).toBe(head);
    });
  });

  it('streams its commands: the first thousand of a million items come at once', () => {
    const started = performance.now();
    const commands = scaledSeedCommands({ items: 1_000_000, targetEvents: 10_000_000 });
    let count = 0;
    for (const _ of commands) if (++count === 1_000) break;
    expect(count).toBe(1_000);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
