import { describe, expect, it } from 'vitest';
import type { UnitOfWork } from '../port';
import type { ContractContext } from './fixtures';
import { documentOf, seed } from './fixtures';

/** Events 10..12 as a projector would write them: create, publish twice (counted). */
const projectEvents10To12 = (unit: UnitOfWork): void => {
  unit.upsert('items', documentOf('a', 'daoli', { name: '招生入学', published: 0 }), 10);
  unit.patch('items', 'a', { $inc: { published: 1 } }, 11);
  unit.patch('items', 'a', { $inc: { published: 1 }, $set: { lastChannel: '政府网站' } }, 12);
  unit.setCheckpoint(12);
};

export const unitOfWorkContract = (context: ContractContext): void => {
  describe('units of work, position guards and checkpoints', () => {
    it('lets a unit read its own pending writes, which the store sees only once it lands', async () => {
      await seed(context.store, 'items', [documentOf('a', 'daoli', { published: 1 })]);
      let insideUnit: unknown;
      let outsideUnit: unknown;
      await context.store.transaction('p', async (unit) => {
        unit.patch('items', 'a', { $inc: { published: 1 } }, 5);
        unit.upsert('items', documentOf('b', 'nangang', { name: '新' }), 6);
        insideUnit = [
          await unit.get('items', 'a'),
          await unit.get('items', 'b'),
          await unit.get('items', 'c'),
        ];
        outsideUnit = await context.store.get('items', 'b');
      });
      expect(insideUnit).toEqual([
        { ...documentOf('a', 'daoli', { published: 2 }), _position: 5 },
        { ...documentOf('b', 'nangang', { name: '新' }), _position: 6 },
        null,
      ]);
      expect(outsideUnit).toBeNull();
      expect(await context.store.get('items', 'b')).toMatchObject({ name: '新', _position: 6 });
    });

    it('changes nothing when a unit is redelivered: increments are not counted twice', async () => {
      await context.store.transaction('p', projectEvents10To12);
      const once = await context.store.get('items', 'a');
      await context.store.transaction('p', projectEvents10To12);
      expect(await context.store.get('items', 'a')).toEqual(once);
      expect(once).toMatchObject({ published: 2, lastChannel: '政府网站', _position: 12 });
    });

    it('applies only the writes above the position a document already has', async () => {
      await context.store.transaction('p', (unit) => {
        unit.upsert('items', documentOf('a', 'daoli', { published: 0 }), 10);
        unit.patch('items', 'a', { $inc: { published: 1 } }, 11);
      });
      // Redelivered from 10 after a crash that had written event 11 but not the checkpoint.
      await context.store.transaction('p', projectEvents10To12);
      expect(await context.store.get('items', 'a')).toMatchObject({ published: 2, _position: 12 });
    });

    it('ignores an older upsert, delete or patch after a newer write', async () => {
      await context.store.transaction('p', (unit) =>
        unit.upsert('items', documentOf('a', 'daoli', { v: 'new' }), 20),
      );
      await context.store.transaction('p', (unit) =>
        unit.upsert('items', documentOf('a', 'daoli', { v: 'old' }), 15),
      );
      await context.store.transaction('p', (unit) => unit.delete('items', 'a', 16));
      await context.store.transaction('p', (unit) => unit.patch('items', 'a', { $set: { v: 'older' } }, 19));
      await context.store.transaction('p', (unit) => {
        unit.upsert('items', documentOf('a', 'daoli', { v: 'old' }), 17);
        unit.patch('items', 'a', { $set: { v: 'older' } }, 20);
      });
      expect(await context.store.get('items', 'a')).toMatchObject({ v: 'new', _position: 20 });
    });

    it('applies every write of one event (they share its position)', async () => {
      await context.store.transaction('p', (unit) => {
        unit.upsert('items', documentOf('a', 'daoli', { count: 0 }), 7);
        unit.patch('items', 'a', { $inc: { count: 1 } }, 7);
        unit.patch('items', 'a', { $inc: { count: 1 } }, 7);
        unit.delete('items', 'b', 7);
        unit.upsert('items', documentOf('b', 'daoli'), 7);
      });
      expect(await context.store.get('items', 'a')).toMatchObject({ count: 2, _position: 7 });
      expect(await context.store.get('items', 'b')).toMatchObject({ _position: 7 });
    });

    it('keeps a checkpoint per projector: 0 at first, written with the unit, never moving back', async () => {
      expect(await context.store.getCheckpoint('catalogue')).toBe(0);
      await context.store.transaction('catalogue', (unit) => unit.setCheckpoint(40));
      await context.store.transaction('disclosure', (unit) => unit.setCheckpoint(7));
      await context.store.transaction('catalogue', (unit) => unit.setCheckpoint(30));
      expect(await context.store.getCheckpoint('catalogue')).toBe(40);
      expect(await context.store.getCheckpoint('disclosure')).toBe(7);
    });

    it('lands neither writes nor checkpoint when the work throws', async () => {
      await seed(context.store, 'items', [documentOf('a', 'daoli')], { projector: 'p' });
      const failure = new Error('projector bug');
      await expect(
        context.store.transaction('p', (unit) => {
          unit.upsert('items', documentOf('b', 'daoli'), 2);
          unit.setCheckpoint(2);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await context.store.get('items', 'b')).toBeNull();
      expect(await context.store.getCheckpoint('p')).toBe(1);
    });

    it('lands neither writes nor checkpoint when a write fails while the unit is applied', async () => {
      await seed(context.store, 'items', [documentOf('x', 'daoli', { count: '不是数字' })], {
        projector: 'p',
      });
      const attempt = context.store.transaction('p', (unit) => {
        unit.upsert('items', documentOf('a', 'daoli'), 2);
        unit.upsert('other', documentOf('b', 'daoli'), 3);
        unit.patch('items', 'x', { $inc: { count: 1 } }, 4);
        unit.upsert('items', documentOf('c', 'daoli'), 5);
        unit.setCheckpoint(5);
      });
      await expect(attempt).rejects.toMatchObject({ code: 'READ_MODEL_PATCH_CONFLICT' });
      expect(await context.store.getMany('items', ['a', 'c'])).toEqual([null, null]);
      expect(await context.store.get('other', 'b')).toBeNull();
      expect(await context.store.get('items', 'x')).toMatchObject({ count: '不是数字', _position: 1 });
      expect(await context.store.getCheckpoint('p')).toBe(1);
    });

    it('refuses positions out of order, a checkpoint below the writes, and use after the unit ended', async () => {
      const invalid = { code: 'READ_MODEL_UNIT_OF_WORK_INVALID' };
      await expect(
        context.store.transaction('p', (unit) => {
          unit.upsert('items', documentOf('a', 'daoli'), 5);
          unit.upsert('items', documentOf('b', 'daoli'), 4);
        }),
      ).rejects.toMatchObject(invalid);
      await expect(
        context.store.transaction('p', (unit) => {
          unit.upsert('items', documentOf('a', 'daoli'), 5);
          unit.setCheckpoint(4);
        }),
      ).rejects.toMatchObject(invalid);
      for (const position of [0, -1, 1.5, Number.NaN]) {
        await expect(
          context.store.transaction('p', (unit) => unit.delete('items', 'a', position)),
        ).rejects.toMatchObject(invalid);
      }
      let leaked: UnitOfWork | undefined;
      await context.store.transaction('p', (unit) => {
        leaked = unit;
      });
      expect(() => leaked?.upsert('items', documentOf('a', 'daoli'), 9)).toThrow(
        expect.objectContaining(invalid) as Error,
      );
      expect(await context.store.count('items')).toBe(0);
    });
  });
};
