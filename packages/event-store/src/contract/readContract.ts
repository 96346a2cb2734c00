import { describe, expect, it } from 'vitest';
import type { EventStore } from '../port';
import type { ContractContext } from './context';
import { collect, eventOf, eventsOf, metadataOf } from './fixtures';

const positions = async (iterable: AsyncIterable<{ position: number }>) =>
  (await collect(iterable)).map((event) => event.position);

/** 3 tenants × 2 categories × 2 streams, 3 events each, appended round-robin. */
const seedCatalogue = async (store: EventStore) => {
  const tenants = ['230102', '230103', '230000'];
  const streams = tenants.flatMap((tenant) =>
    ['catalogueItem', 'pilotUnit'].flatMap((category) =>
      [1, 2].map((n) => ({ id: `${category}-${tenant}-${n}`, tenant })),
    ),
  );
  for (let revision = 0; revision < 3; revision++) {
    for (const stream of streams) {
      const type = revision === 0 ? 'Created' : revision === 1 ? 'Changed' : 'Closed';
      await store.append(stream.id, [eventOf({ type, metadata: metadataOf({ tenant: stream.tenant }) })]);
    }
  }
  return collect(store.readAll());
};

export const readContract = (ctx: ContractContext): void => {
  describe('reading', () => {
    it('reports head position 0 for an empty store and nothing to read', async () => {
      const store = await ctx.store();
      expect(await store.headPosition()).toBe(0);
      expect(await collect(store.readAll())).toEqual([]);
      expect(await collect(store.readStream('missing'))).toEqual([]);
    });

    it('orders all events by position in commit order, each stream by revision', async () => {
      const store = await ctx.store();
      const writers = [0, 1, 2].map(async (writer) => {
        const results = [];
        for (let n = 0; n < 20; n++)
          results.push(await store.append(`order-${writer}`, eventsOf(1 + (n % 3))));
        return results;
      });
      const results = (await Promise.all(writers)).flat();
      const all = await collect(store.readAll());
      expect(all).toHaveLength(results.reduce((sum, result) => sum + result.eventIds.length, 0));
      for (let i = 1; i < all.length; i++) expect(all[i]!.position).toBeGreaterThan(all[i - 1]!.position);
      expect(all.at(-1)!.position).toBe(await store.headPosition());
      for (const result of results) {
        const last = all.find((event) => event.eventId === result.eventIds.at(-1));
        expect(last).toMatchObject({ position: result.position, revision: result.nextExpectedRevision });
      }
      for (const writer of [0, 1, 2]) {
        const revisions = all
          .filter((event) => event.streamId === `order-${writer}`)
          .map((event) => event.revision);
        expect(revisions).toEqual(revisions.map((_, index) => index));
      }
    });

    it('reads a stream forwards and backwards, from a revision, up to a count', async () => {
      const store = await ctx.store();
      await store.append('ten', eventsOf(10));
      const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
        (await collect(store.readStream('ten', options))).map((event) => event.revision);
      expect(await revisions({})).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(await revisions({ direction: 'backwards' })).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
      expect(await revisions({ direction: 'backwards', fromRevision: 4 })).toEqual([4, 3, 2, 1, 0]);
      expect(await revisions({ direction: 'backwards', maxCount: 3 })).toEqual([9, 8, 7]);
      expect(await revisions({ direction: 'backwards', fromRevision: 50, maxCount: 2 })).toEqual([9, 8]);
      expect(await revisions({ fromRevision: 5, maxCount: 2 })).toEqual([5, 6]);
      expect(await revisions({ fromRevision: 10 })).toEqual([]);
      expect(await revisions({ maxCount: 0 })).toEqual([]);
    });

    it('reads all from a position (exclusive) to a position (inclusive), up to a count', async () => {
      const store = await ctx.store();
      const all = await seedCatalogue(store);
      const at = (index: number) => all[index]!.position;
      expect(await positions(store.readAll({ fromPosition: at(9) }))).toEqual(
        all.slice(10).map((e) => e.position),
      );
      expect(await positions(store.readAll({ toPosition: at(4) }))).toEqual(
        all.slice(0, 5).map((e) => e.position),
      );
      expect(await positions(store.readAll({ fromPosition: at(4), toPosition: at(9) }))).toEqual(
        all.slice(5, 10).map((e) => e.position),
      );
      expect(await positions(store.readAll({ fromPosition: at(2), maxCount: 4 }))).toEqual(
        all.slice(3, 7).map((e) => e.position),
      );
      expect(await positions(store.readAll({ fromPosition: all.at(-1)!.position }))).toEqual([]);
    });

    it('filters read-all by event type, tenant and stream prefix, alone and together', async () => {
      const store = await ctx.store();
      const all = await seedCatalogue(store);
      const expectFilter = async (
        filter: Parameters<EventStore['readAll']>[0],
        keep: (e: (typeof all)[0]) => boolean,
      ) => expect(await positions(store.readAll(filter))).toEqual(all.filter(keep).map((e) => e.position));
      await expectFilter({ filter: { types: ['Changed'] } }, (e) => e.type === 'Changed');
      await expectFilter({ filter: { types: ['Created', 'Closed'] } }, (e) => e.type !== 'Changed');
      await expectFilter({ filter: { tenants: ['230103'] } }, (e) => e.metadata.tenant === '230103');
      await expectFilter({ filter: { streamPrefixes: ['pilotUnit-'] } }, (e) =>
        e.streamId.startsWith('pilotUnit-'),
      );
      await expectFilter(
        { filter: { streamPrefixes: ['catalogueItem-230102-', 'pilotUnit-230000-2'] } },
        (e) => e.streamId.startsWith('catalogueItem-230102-') || e.streamId.startsWith('pilotUnit-230000-2'),
      );
      await expectFilter(
        { filter: { types: ['Closed'], tenants: ['230102', '230000'], streamPrefixes: ['catalogueItem-'] } },
        (e) =>
          e.type === 'Closed' && e.metadata.tenant !== '230103' && e.streamId.startsWith('catalogueItem-'),
      );
      const closedAfter10 = all.filter((e) => e.type === 'Closed' && e.position > all[10]!.position);
      expect(
        await positions(
          store.readAll({ fromPosition: all[10]!.position, maxCount: 2, filter: { types: ['Closed'] } }),
        ),
      ).toEqual(closedAfter10.slice(0, 2).map((e) => e.position));
      await expectFilter({ filter: { types: ['NoSuchType'] } }, () => false);
    });

    it('pages through a log larger than any single read batch', async () => {
      const store = await ctx.store();
      for (let batch = 0; batch < 25; batch++) await store.append(`bulk-${batch % 5}`, eventsOf(100));
      const all = await collect(store.readAll());
      expect(all).toHaveLength(2500);
      expect(new Set(all.map((event) => event.eventId)).size).toBe(2500);
      for (let i = 1; i < all.length; i++) expect(all[i]!.position).toBeGreaterThan(all[i - 1]!.position);
      expect(await collect(store.readAll({ maxCount: 700 }))).toHaveLength(700);
      expect(await collect(store.readStream('bulk-3'))).toHaveLength(500);
      expect(await collect(store.readStream('bulk-3', { direction: 'backwards' }))).toHaveLength(500);
      let stoppedAt = 0;
      for await (const event of store.readAll()) {
        stoppedAt = event.position;
        if (stoppedAt >= all[1000]!.position) break;
      }
      expect(stoppedAt).toBe(all[1000]!.position);
    });
  });
};
