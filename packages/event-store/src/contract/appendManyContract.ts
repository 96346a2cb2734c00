import { describe, expect, it } from 'vitest';
import { isStreamRevisionConflictError } from '../errors';
import type { ContractContext } from './context';
import { collect, eventsOf } from './fixtures';

const failureOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );

export const appendManyContract = (ctx: ContractContext): void => {
  describe('appendMany', () => {
    it('appends to several streams in order, each at its own revision, positions rising', async () => {
      const store = await ctx.store();
      await store.append('catalogueItem-230102-m1', eventsOf(2));
      const first = eventsOf(1);
      const second = eventsOf(3);
      const results = await store.appendMany([
        { streamId: 'catalogueItem-230102-m1', events: first, expectedRevision: 1 },
        { streamId: 'catalogueItem-230102-m2', events: second, expectedRevision: 'no-stream' },
      ]);
      expect(results.map((result) => [result.streamId, result.nextExpectedRevision])).toEqual([
        ['catalogueItem-230102-m1', 2],
        ['catalogueItem-230102-m2', 2],
      ]);
      expect(results[0]!.eventIds).toEqual(first.map((event) => event.eventId));
      expect(results[1]!.position).toBeGreaterThan(results[0]!.position);
      expect(results[1]!.position).toBe(await store.headPosition());
      const all = await collect(store.readAll());
      expect(all.map((event) => event.streamId)).toEqual([
        ...new Array<string>(3).fill('catalogueItem-230102-m1'),
        ...new Array<string>(3).fill('catalogueItem-230102-m2'),
      ]);
    });

    it('rejects with the revision conflict of the part that fails', async () => {
      const store = await ctx.store();
      await store.append('catalogueItem-230102-m3', eventsOf(1));
      const error = await failureOf(
        store.appendMany([
          { streamId: 'catalogueItem-230102-m4', events: eventsOf(1), expectedRevision: 'no-stream' },
          { streamId: 'catalogueItem-230102-m3', events: eventsOf(1), expectedRevision: 'no-stream' },
        ]),
      );
      expect(isStreamRevisionConflictError(error)).toBe(true);
      expect(await collect(store.readStream('catalogueItem-230102-m3'))).toHaveLength(1);
    });

    it('answers a repeated call with the first results and stores nothing twice', async () => {
      const store = await ctx.store();
      const appends = [
        { streamId: 'catalogueItem-230102-m5', events: eventsOf(2), expectedRevision: 'no-stream' as const },
        { streamId: 'catalogueItem-230102-m6', events: eventsOf(1), expectedRevision: 'no-stream' as const },
      ];
      const first = await store.appendMany(appends);
      const again = await store.appendMany(appends);
      expect(again).toEqual(first);
      // Positions are strictly increasing, not dense (KurrentDB's are log offsets): count the events.
      expect(await store.headPosition()).toBe(first.at(-1)!.position);
      expect(await collect(store.readAll())).toHaveLength(3);
    });

    it('appends a stream that comes back in a later part after the parts between, in the order given', async () => {
      const store = await ctx.store();
      const [a1, a2] = [eventsOf(1), eventsOf(2)];
      const b = eventsOf(1);
      const results = await store.appendMany([
        { streamId: 'catalogueItem-230102-m7', events: a1, expectedRevision: 'no-stream' },
        { streamId: 'catalogueItem-230102-m8', events: b, expectedRevision: 'no-stream' },
        { streamId: 'catalogueItem-230102-m7', events: a2, expectedRevision: 0 },
      ]);
      expect(results.map((result) => result.nextExpectedRevision)).toEqual([0, 0, 2]);
      expect(results[2]!.position).toBe(await store.headPosition());
      const all = await collect(store.readAll());
      expect(all.map((event) => [event.streamId, event.revision, event.eventId])).toEqual([
        ['catalogueItem-230102-m7', 0, a1[0]!.eventId],
        ['catalogueItem-230102-m8', 0, b[0]!.eventId],
        ['catalogueItem-230102-m7', 1, a2[0]!.eventId],
        ['catalogueItem-230102-m7', 2, a2[1]!.eventId],
      ]);
    });

    it('checks a later part of a stream against the revision the earlier parts left', async () => {
      const store = await ctx.store();
      const error = await failureOf(
        store.appendMany([
          { streamId: 'catalogueItem-230102-m9', events: eventsOf(2), expectedRevision: 'no-stream' },
          { streamId: 'catalogueItem-230102-m9', events: eventsOf(1), expectedRevision: 0 },
        ]),
      );
      expect(isStreamRevisionConflictError(error)).toBe(true);
    });
  });
};
