import { describe, expect, it } from 'vitest';
import { isEventIdConflictError } from '../errors';
import type { EventToAppend } from '../port';
import type { ContractContext } from './context';
import { collect, eventOf, eventsOf, metadataOf } from './fixtures';

const idConflictOf = async (promise: Promise<unknown>): Promise<{ eventId: string }> => {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(isEventIdConflictError(error), `expected EVENT_ID_CONFLICT, got ${String(error)}`).toBe(true);
  return error as { eventId: string };
};

export const idempotencyContract = (ctx: ContractContext): void => {
  describe('idempotency on event ids', () => {
    it('returns the first result when the same append is retried, and stores nothing twice', async () => {
      const store = await ctx.store();
      const events = eventsOf(3);
      const first = await store.append('item-1', events, { expectedRevision: 'no-stream' });
      const head = await store.headPosition();
      expect(await store.append('item-1', events, { expectedRevision: 'no-stream' })).toEqual(first);
      expect(await store.append('item-1', events, { expectedRevision: 'any' })).toEqual(first);
      expect(await store.append('item-1', events)).toEqual(first);
      expect(await store.headPosition()).toBe(head);
      expect(await collect(store.readStream('item-1'))).toHaveLength(3);
    });

    it('recognises a retry after the stream has moved on', async () => {
      const store = await ctx.store();
      const single = [eventOf()];
      const first = await store.append('item-2', single, { expectedRevision: 'no-stream' });
      await store.append('item-2', eventsOf(2), { expectedRevision: 0 });
      await store.append('other', eventsOf(2));
      expect(await store.append('item-2', single, { expectedRevision: 'no-stream' })).toEqual(first);
      expect(await store.append('item-2', single, { expectedRevision: 0 })).toEqual(first);
      expect(await collect(store.readStream('item-2'))).toHaveLength(3);
    });

    it('treats an id written in upper case as the same id', async () => {
      const store = await ctx.store();
      const event = eventOf();
      const first = await store.append('item-3', [event]);
      expect(await store.append('item-3', [{ ...event, eventId: event.eventId.toUpperCase() }])).toEqual(
        first,
      );
      expect(await collect(store.readStream('item-3'))).toHaveLength(1);
    });

    it('rejects an id already stored with other data, type or metadata (EVENT_ID_CONFLICT)', async () => {
      const store = await ctx.store();
      const event = eventOf();
      await store.append('item-4', [event]);
      const variants: EventToAppend[] = [
        { ...event, data: { name: '另一个事项' } },
        { ...event, type: 'StandardRevised' },
        { ...event, schemaVersion: 2 },
        { ...event, metadata: metadataOf({ correlationId: event.metadata.correlationId, tenant: '230103' }) },
      ];
      for (const variant of variants) {
        const conflict = await idConflictOf(store.append('item-4', [variant]));
        expect(conflict.eventId).toBe(event.eventId);
      }
      expect(await collect(store.readStream('item-4'))).toHaveLength(1);
    });

    it('rejects an append that repeats only some ids of an earlier one', async () => {
      const store = await ctx.store();
      const [a, b, c] = eventsOf(3);
      await store.append('item-5', [a!, b!]);
      await idConflictOf(store.append('item-5', [a!, b!, c!]));
      await idConflictOf(store.append('item-5', [c!, b!]));
      await idConflictOf(store.append('item-5', [b!, a!]));
      expect((await collect(store.readStream('item-5'))).map((event) => event.eventId)).toEqual([
        a!.eventId,
        b!.eventId,
      ]);
    });
  });
};
