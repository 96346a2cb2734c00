import { describe, expect, it } from 'vitest';
import type { ContractContext } from './fixtures';
import { documentOf, seed } from './fixtures';

export const resetContract = (context: ContractContext): void => {
  describe('reset for a rebuild', () => {
    it('empties the named collections and forgets the named checkpoints, nothing else', async () => {
      await seed(context.store, 'catalogue', [documentOf('a', 'daoli'), documentOf('b', 'nangang')], {
        projector: 'catalogue',
      });
      await seed(context.store, 'disclosures', [documentOf('d', 'daoli')], {
        projector: 'disclosure',
        from: 2,
      });
      await context.store.reset({ projectors: ['catalogue'], collections: ['catalogue', 'neverWritten'] });
      expect(await context.store.count('catalogue')).toBe(0);
      expect(await context.store.getCheckpoint('catalogue')).toBe(0);
      expect(await context.store.count('disclosures')).toBe(1);
      expect(await context.store.getCheckpoint('disclosure')).toBe(3);
    });

    it('accepts the rebuild from position 1 again, then its indexes again', async () => {
      await context.store.ensureIndexes('catalogue', [['tenant', 'name']]);
      await seed(context.store, 'catalogue', [documentOf('a', 'daoli', { name: '旧' })], {
        projector: 'catalogue',
        from: 99,
      });
      await context.store.reset({ projectors: ['catalogue'], collections: ['catalogue'] });
      expect(await context.store.find('catalogue', { filter: { tenant: '230102' } })).toEqual([]);
      await seed(context.store, 'catalogue', [documentOf('a', 'daoli', { name: '新' })], {
        projector: 'catalogue',
      });
      await context.store.ensureIndexes('catalogue', [['tenant', 'name']]);
      expect(await context.store.get('catalogue', 'a')).toMatchObject({ name: '新', _position: 1 });
      expect(await context.store.getCheckpoint('catalogue')).toBe(1);
      const found = await context.store.find('catalogue', {
        filter: { tenant: '230102' },
        sort: [{ field: 'name' }],
      });
      expect(found.map((document) => document.name)).toEqual(['新']);
    });
  });
};
