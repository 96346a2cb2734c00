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
/**
 * Re-pinned once, deliberately: acceptance findings now carry a kind (AcceptanceConducted v2, issue
 * 15). The 30 AcceptanceConducted events changed; every other of the 9,217 events hashes exactly as
 * at 8258c086… (checked: the other 9,187 hash to ed659435… before and after).
 */
/**
 * Re-pinned a second time, deliberately (issue 15 §6): the province and the 13 prefectures file
 * their own plans and the province summarises its provincial pilots (15 new events: 9,217 → 9,232),
 * and the data is true to 2017–2018 (bodies by their 2017 names, no 2018 document as a basis,
 * on-request limits of the 2007 regulation, the 2004 land law, each county's own bodies, only policy
 * documents interpreted, addresses under .example), which changes item standards and disclosures.
 */
const PINNED = { sha256: '20901a7821bef2d94d2a1da25d7cdddda36fe1f37d5b40d6437739fcebb4526c', events: 9232 };

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
