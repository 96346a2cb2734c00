import { describe, expect, it } from 'vitest';
import type { ReadModelStore } from '../port';
import type { ContractContext } from './fixtures';
import { documentOf } from './fixtures';

/** One place that holds read models (a file, a database); every `open` is a new store on it. */
export interface ReadModelStorage {
  open: () => Promise<ReadModelStore>;
}

export const lifecycleContract = (context: ContractContext, storage: () => ReadModelStorage): void => {
  describe('lifecycle', () => {
    it('keeps documents, indexes and checkpoints for the next store on the same storage', async () => {
      const place = storage();
      const first = await place.open();
      await first.ensureIndexes('items', [['tenant', 'name']]);
      await first.transaction('catalogue', (unit) => {
        unit.upsert('items', documentOf('a', 'daoli', { name: '公开目录' }), 3);
        unit.setCheckpoint(4);
      });
      await first.close();
      const second = await place.open();
      try {
        expect(await second.getCheckpoint('catalogue')).toBe(4);
        expect(
          await second.find('items', { filter: { tenant: '230102' }, sort: [{ field: 'name' }] }),
        ).toEqual([{ ...documentOf('a', 'daoli', { name: '公开目录' }), _position: 3 }]);
      } finally {
        await second.close();
      }
    });

    it('refuses use after close with READ_MODEL_STORE_CLOSED, and closes twice quietly', async () => {
      const { store } = context;
      await store.close();
      await store.close();
      await expect(store.get('items', 'a')).rejects.toMatchObject({ code: 'READ_MODEL_STORE_CLOSED' });
      await expect(store.transaction('p', () => undefined)).rejects.toMatchObject({
        code: 'READ_MODEL_STORE_CLOSED',
      });
    });
  });
};
