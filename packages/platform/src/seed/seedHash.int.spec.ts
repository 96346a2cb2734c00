import { afterAll, describe, expect, it } from 'vitest';
import { WriteCore } from '@gongkai/command-handling';
import { officialWorkingDayCalendar } from '@gongkai/domain';
import { openSqliteEventStore } from '@gongkai/event-store';
import { seedDirectory, seedPlatform } from './index';
import { eventStoreHash } from './seedHash';

/**
 * Pinned on main before the write core replaced the handlers (commit 175330c, `CommandHandler` one
 * command at a time): the whole Heilongjiang seed into a fresh SQLite event store, hashed as
 * `eventStoreHash` says. A change that deliberately changes the seed data updates the pin with a
 * note in its commit message.
 */
const PINNED = { sha256: '8258c086b2c29f167a9e114a61804131d0463bc54a2a8a6cc1c9582394f26677', events: 9217 };

const store = openSqliteEventStore({ fileName: ':memory:' });
afterAll(() => store.close());

describe('the seed through the write core', () => {
  it('stores exactly the events main stored before the refactor, value for value and in the same order', async () => {
    const core = new WriteCore({
      eventStore: store,
      directory: seedDirectory,
      calendar: officialWorkingDayCalendar,
    });
    const result = await seedPlatform(core);
    expect(result.rejected).toEqual([]);
    expect(await eventStoreHash(store)).toEqual(PINNED);
  });
});
