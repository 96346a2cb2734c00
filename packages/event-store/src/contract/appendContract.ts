import { describe, expect, it } from 'vitest';
import { isInvalidAppendError, isStreamRevisionConflictError } from '../errors';
import type { EventStore, EventToAppend, ExpectedRevision } from '../port';
import type { ContractContext } from './context';
import { appended, collect, eventOf, eventsOf, metadataOf } from './fixtures';

const conflictOf = async (promise: Promise<unknown>) => {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(isStreamRevisionConflictError(error), `expected a revision conflict, got ${String(error)}`).toBe(
    true,
  );
  return error as { expected: ExpectedRevision; actual: number | 'no-stream' };
};

const invalid = async (
  store: EventStore,
  streamId: string,
  events: EventToAppend[],
  expected?: ExpectedRevision,
) => {
  const error: unknown = await store.append(streamId, events, { expectedRevision: expected }).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(isInvalidAppendError(error), `expected INVALID_APPEND, got ${String(error)}`).toBe(true);
};

export const appendContract = (ctx: ContractContext): void => {
  describe('append', () => {
    it('starts a stream at revision 0 and returns its revision, position and ids', async () => {
      const store = await ctx.store();
      const events = eventsOf(3);
      const result = await store.append('catalogueItem-230102-1', events, { expectedRevision: 'no-stream' });
      expect(result.streamId).toBe('catalogueItem-230102-1');
      expect(result.nextExpectedRevision).toBe(2);
      expect(result.eventIds).toEqual(events.map((event) => event.eventId));
      expect(result.position).toBe(await store.headPosition());
      const read = await collect(store.readStream('catalogueItem-230102-1'));
      expect(read.map((event) => event.revision)).toEqual([0, 1, 2]);
      expect(read[2]!.position).toBe(result.position);
    });

    it('stores every field and the metadata, and stamps recordedAt at commit', async () => {
      const store = await ctx.store();
      const before = Date.now();
      const withCause = eventOf({
        schemaVersion: 3,
        metadata: metadataOf({
          causationId: 'message-42',
          actor: { id: 'system:intake', tier: 'province', tenant: '230000' },
        }),
      });
      const withoutCause = eventOf({
        type: 'StandardDefined',
        data: { nested: { list: [1, 'two', null, true] } },
      });
      await store.append('catalogueItem-230102-2', [withCause, withoutCause]);
      const read = await collect(store.readStream('catalogueItem-230102-2'));
      expect(read.map(appended)).toEqual([withCause, withoutCause]);
      for (const event of read) {
        expect(event.streamId).toBe('catalogueItem-230102-2');
        expect(new Date(event.recordedAt).toISOString()).toBe(event.recordedAt);
        expect(Date.parse(event.recordedAt)).toBeGreaterThanOrEqual(before - 1000);
        expect(Date.parse(event.recordedAt)).toBeLessThanOrEqual(Date.now() + 1000);
      }
    });

    it('honours each expected revision: no-stream, stream-exists, exact and any', async () => {
      const store = await ctx.store();
      const missing = await conflictOf(
        store.append('s-1', [eventOf()], { expectedRevision: 'stream-exists' }),
      );
      expect(missing).toMatchObject({ expected: 'stream-exists', actual: 'no-stream' });
      const exactOnMissing = await conflictOf(store.append('s-1', [eventOf()], { expectedRevision: 0 }));
      expect(exactOnMissing).toMatchObject({ expected: 0, actual: 'no-stream' });

      await store.append('s-1', eventsOf(2), { expectedRevision: 'no-stream' });
      const exists = await conflictOf(store.append('s-1', [eventOf()], { expectedRevision: 'no-stream' }));
      expect(exists).toMatchObject({ expected: 'no-stream', actual: 1 });
      const stale = await conflictOf(store.append('s-1', [eventOf()], { expectedRevision: 0 }));
      expect(stale).toMatchObject({ expected: 0, actual: 1 });

      expect((await store.append('s-1', [eventOf()], { expectedRevision: 1 })).nextExpectedRevision).toBe(2);
      expect(
        (await store.append('s-1', [eventOf()], { expectedRevision: 'stream-exists' })).nextExpectedRevision,
      ).toBe(3);
      expect((await store.append('s-1', [eventOf()], { expectedRevision: 'any' })).nextExpectedRevision).toBe(
        4,
      );
      expect((await store.append('s-2', [eventOf()])).nextExpectedRevision).toBe(0);
      expect(await collect(store.readStream('s-1'))).toHaveLength(5);
    });

    it('lets exactly one of several parallel appends at the same revision win, every time', async () => {
      const store = await ctx.store();
      const contenders = 8;
      for (let round = 0; round < 5; round++) {
        const expected: ExpectedRevision = round === 0 ? 'no-stream' : round - 1;
        const outcomes = await Promise.allSettled(
          Array.from({ length: contenders }, () =>
            store.append('contested', [eventOf()], { expectedRevision: expected }),
          ),
        );
        const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        expect(winners).toHaveLength(1);
        for (const outcome of outcomes) {
          if (outcome.status === 'rejected') {
            expect(isStreamRevisionConflictError(outcome.reason)).toBe(true);
            expect(outcome.reason).toMatchObject({ expected, actual: round });
          }
        }
      }
      const stream = await collect(store.readStream('contested'));
      expect(stream.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
    });

    it('rejects malformed appends with INVALID_APPEND and writes nothing', async () => {
      const store = await ctx.store();
      await invalid(store, 's', []);
      await invalid(store, '', [eventOf()]);
      await invalid(store, 's', [eventOf({ eventId: 'not-a-uuid' })]);
      await invalid(store, 's', [eventOf(), eventOf({ eventId: '1234' })]);
      await invalid(store, 's', [eventOf({ type: '' })]);
      await invalid(store, 's', [eventOf({ schemaVersion: 0 })]);
      await invalid(store, 's', [eventOf({ data: undefined })]);
      await invalid(store, 's', [eventOf({ metadata: { ...metadataOf(), tenant: '' } })]);
      await invalid(store, 's', [eventOf()], -1);
      await invalid(store, 's', [eventOf()], 1.5);
      const repeated = eventOf();
      await invalid(store, 's', [repeated, { ...repeated }]);
      expect(await store.headPosition()).toBe(0);
      expect(await collect(store.readStream('s'))).toEqual([]);
    });
  });
};
