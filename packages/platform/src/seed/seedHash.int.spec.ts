import { afterAll, describe, expect, it } from 'vitest';
import { CommandHandler } from '@gongkai/command-handling';
import { officialWorkingDayCalendar } from '@gongkai/domain';
import { openSqliteEventStore } from '@gongkai/event-store';
import { seedDirectory, seedPlatform } from './index';
import { eventStoreHash } from './seedHash';

/**
 * Pinned on main before the write core replaced the handlers (commit 175330c): the whole
 * Heilongjiang seed into a fresh SQLite event store. A change that deliberately changes the seed
 * data updates the pin with a note in its commit message.
 */
const PINNED = { sha256: '7754d44215caa50144858c677de7e7c7d8d2e80d6b1ddf05223243eb19dded56', events: 9217 };

const store = openSqliteEventStore({ fileName: ':memory:' });
afterAll(() => store.close());

describe('the seed through the write core', () => {
  it('stores exactly the events main stored before the refactor, byte for byte and in the same order', async () => {
    const handler = new CommandHandler({
      eventStore: store,
      directory: seedDirectory,
      calendar: officialWorkingDayCalendar,
    });
    const result = await seedPlatform(handler);
    expect(result.rejected).toEqual([]);
    expect(await eventStoreHash(store)).toEqual(PINNED);
  });
});
