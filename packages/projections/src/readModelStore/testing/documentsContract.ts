import { describe, expect, it } from 'vitest';
import type { ContractContext } from './fixtures';
import { contentOf, documentOf, seed } from './fixtures';

export const documentsContract = (context: ContractContext): void => {
  describe('documents', () => {
    it('reads an upserted document back whole, with the position that wrote it', async () => {
      const item = documentOf('item-1', 'daoli', {
        name: '义务教育阶段学校招生入学信息',
        standard: { basis: '《中华人民共和国义务教育法》', timeLimit: 20, channels: ['政府网站', '公告栏'] },
        proactive: true,
        retiredAt: null,
      });
      await seed(context.store, 'catalogueItems', [item]);
      expect(await context.store.get('catalogueItems', 'item-1')).toEqual({ ...item, _position: 1 });
    });

    it('answers null for a missing document or collection, and getMany aligns with the ids', async () => {
      await seed(context.store, 'items', [documentOf('a', 'daoli'), documentOf('c', 'daoli')]);
      expect(await context.store.get('items', 'b')).toBeNull();
      expect(await context.store.get('nothingHere', 'a')).toBeNull();
      const many = await context.store.getMany('items', ['c', 'b', 'a']);
      expect(many.map((document) => document?._id ?? null)).toEqual(['c', null, 'a']);
      expect(await context.store.getMany('nothingHere', ['a'])).toEqual([null]);
    });

    it('replaces the whole document on upsert', async () => {
      await seed(context.store, 'items', [documentOf('a', 'daoli', { name: '旧', obsolete: 1 })]);
      await context.store.transaction('seed', (unit) =>
        unit.upsert('items', documentOf('a', 'daoli', { name: '新' }), 2),
      );
      expect(contentOf(await context.store.get('items', 'a'))).toEqual(
        documentOf('a', 'daoli', { name: '新' }),
      );
    });

    it('patches: $set creates nested objects, $unset removes, $inc starts at 0', async () => {
      await seed(context.store, 'items', [
        documentOf('a', 'daoli', { name: '甲', stale: true, counts: { published: 2 } }),
      ]);
      await context.store.transaction('seed', (unit) =>
        unit.patch(
          'items',
          'a',
          {
            $set: { 'standard.subject': '区教育局', name: '乙' },
            $unset: ['stale', 'notThere', 'missing.deep'],
            $inc: { 'counts.published': 3, 'counts.interpreted': 1 },
          },
          2,
        ),
      );
      expect(await context.store.get('items', 'a')).toEqual({
        ...documentOf('a', 'daoli'),
        name: '乙',
        standard: { subject: '区教育局' },
        counts: { published: 5, interpreted: 1 },
        _position: 2,
      });
    });

    it('does nothing when patching or deleting a document that does not exist', async () => {
      await context.store.transaction('seed', (unit) => {
        unit.patch('items', 'ghost', { $set: { name: '无' } }, 1);
        unit.delete('items', 'phantom', 2);
      });
      expect(await context.store.get('items', 'ghost')).toBeNull();
      expect(await context.store.count('items')).toBe(0);
    });

    it('deletes a document', async () => {
      await seed(context.store, 'items', [documentOf('a', 'daoli'), documentOf('b', 'daoli')]);
      await context.store.transaction('seed', (unit) => unit.delete('items', 'a', 3));
      expect(await context.store.get('items', 'a')).toBeNull();
      expect(await context.store.count('items')).toBe(1);
    });

    it('stores a snapshot: mutating the object after upsert changes nothing', async () => {
      const item = documentOf('a', 'daoli', { name: '原样', tags: ['x'] });
      await context.store.transaction('seed', (unit) => {
        unit.upsert('items', item, 1);
        item.name = '改了';
        (item.tags as string[]).push('y');
      });
      expect(await context.store.get('items', 'a')).toMatchObject({ name: '原样', tags: ['x'] });
    });

    it('writes a document read back and changed at the position given, whatever _position it carries', async () => {
      await seed(context.store, 'items', [documentOf('a', 'daoli', { name: '甲' })]);
      const stored = await context.store.get('items', 'a');
      await context.store.transaction('seed', (unit) => {
        unit.upsert('items', { ...stored!, name: '乙' }, 5);
        unit.upsert('items', { ...documentOf('b', 'daoli'), _position: 6 }, 6);
      });
      expect(await context.store.get('items', 'a')).toEqual({
        ...documentOf('a', 'daoli', { name: '乙' }),
        _position: 5,
      });
      expect(await context.store.get('items', 'b')).toEqual({ ...documentOf('b', 'daoli'), _position: 6 });
    });

    it('refuses documents without _id, tenant or ancestors', async () => {
      for (const bad of [
        { tenant: '230102', ancestors: [] },
        { _id: 'a', ancestors: [] },
        { _id: 'a', tenant: '230102' },
        { _id: 'a', tenant: '230102', ancestors: [230100] },
      ]) {
        await expect(
          context.store.transaction('seed', (unit) => unit.upsert('items', bad as never, 1)),
        ).rejects.toMatchObject({ code: 'READ_MODEL_DOCUMENT_INVALID' });
      }
    });

    it('refuses patches of _id, tenant, ancestors or _position, and overlapping paths', async () => {
      for (const patch of [
        { $set: { tenant: '230103' } },
        { $set: { 'ancestors.x': 1 } },
        { $unset: ['_id'] },
        { $inc: { _position: 1 } },
        { $set: { a: 1, 'a.b': 2 } },
        { $set: { a: undefined } },
        { $push: { a: 1 } },
      ]) {
        await expect(
          context.store.transaction('seed', (unit) => unit.patch('items', 'a', patch as never, 1)),
        ).rejects.toMatchObject({ code: 'READ_MODEL_DOCUMENT_INVALID' });
      }
    });

    it('refuses collection names that are not identifiers', async () => {
      await expect(context.store.get('bad name; drop', 'a')).rejects.toMatchObject({
        code: 'READ_MODEL_QUERY_INVALID',
      });
      await expect(
        context.store.transaction('seed', (unit) => unit.upsert('$bad', documentOf('a', 'daoli'), 1)),
      ).rejects.toMatchObject({ code: 'READ_MODEL_QUERY_INVALID' });
    });
  });
};
