import { describe, expect, it } from 'vitest';
import { isStreamRevisionConflictError } from '../errors';
import type { ContractContext } from './context';
import { collect, eventsOf } from './fixtures';

const record = (key: string, fingerprint = 'f1', outcome = '{"status":"accepted"}') => ({
  key,
  fingerprint,
  outcome,
});

export const outcomeContract = (ctx: ContractContext): void => {
  describe('outcome records', () => {
    it('keeps a record with the events it describes and reads it back by key', async () => {
      const store = await ctx.store();
      await store.appendMany(
        [{ streamId: 'catalogueItem-230102-o1', events: eventsOf(1), expectedRevision: 'no-stream' }],
        { outcomes: [record('["graphql","230102","alice","m-1"]')] },
      );
      const found = await store.readOutcomes(['["graphql","230102","alice","m-1"]', 'never-recorded']);
      expect([...found.keys()]).toEqual(['["graphql","230102","alice","m-1"]']);
      const stored = found.get('["graphql","230102","alice","m-1"]')!;
      expect(stored).toMatchObject(record('["graphql","230102","alice","m-1"]'));
      expect(Date.parse(stored.recordedAt)).not.toBeNaN();
    });

    it('records a refusal without appending any event, and the first record under a key stands', async () => {
      const store = await ctx.store();
      const head = await store.headPosition();
      await store.appendMany([], { outcomes: [record('k:1', 'first', '{"status":"rejected"}')] });
      await store.appendMany([], { outcomes: [record('k:1', 'second', '{"status":"accepted"}')] });
      expect(await store.headPosition()).toBe(head);
      expect(await collect(store.readAll({ fromPosition: head }))).toEqual([]);
      expect((await store.readOutcomes(['k:1'])).get('k:1')).toMatchObject(
        record('k:1', 'first', '{"status":"rejected"}'),
      );
    });

    it('stores no record when the events it goes with are refused', async () => {
      const store = await ctx.store();
      await store.append('catalogueItem-230102-o2', eventsOf(1));
      await expect(
        store.appendMany(
          [{ streamId: 'catalogueItem-230102-o2', events: eventsOf(1), expectedRevision: 'no-stream' }],
          { outcomes: [record('k:2')] },
        ),
      ).rejects.toSatisfy(isStreamRevisionConflictError);
      expect((await store.readOutcomes(['k:2'])).size).toBe(0);
    });
  });
};
