import { beforeEach, describe, expect, it } from 'vitest';
import type { Filter } from '../port';
import type { ContractContext } from './fixtures';
import { documentOf, idsOf, seed } from './fixtures';

const ITEMS = [
  documentOf('i1', 'daoli', {
    name: '义务教育招生',
    area: 'compulsory-education',
    level: 3,
    stages: ['decision', 'result'],
    standard: { timeLimit: 20, subject: '区教育局', complete: true },
  }),
  documentOf('i2', 'daoli', {
    name: '城乡低保申请',
    area: 'social-assistance',
    level: 1,
    stages: ['service'],
    standard: { timeLimit: 5, subject: '区民政局', complete: false },
  }),
  documentOf('i3', 'nangang', {
    name: '保障性住房分配',
    area: 'housing',
    level: 2.5,
    stages: [],
    standard: { timeLimit: 15, complete: true },
    note: null,
  }),
  documentOf('i4', 'suifenhe', {
    name: '安全生产执法',
    area: 'work-safety',
    level: '3',
    stages: ['execution', 'result'],
  }),
  documentOf('i5', 'harbin', { name: 'Zhaosheng', area: 'compulsory-education', level: 10 }),
];

export const queriesContract = (context: ContractContext): void => {
  describe('filters, counts and groups', () => {
    beforeEach(async () => {
      await seed(context.store, 'items', ITEMS);
    });

    const expectMatches = async (filter: Filter, ids: string[]): Promise<void> => {
      const found = await context.store.find('items', { filter, sort: [{ field: '_id' }] });
      expect(idsOf(found), JSON.stringify(filter)).toEqual(ids);
      expect(await context.store.count('items', filter), JSON.stringify(filter)).toBe(ids.length);
    };

    it('matches equality on top-level and dotted fields, typed strictly', async () => {
      await expectMatches({ area: 'compulsory-education' }, ['i1', 'i5']);
      await expectMatches({ 'standard.subject': '区民政局' }, ['i2']);
      await expectMatches({ 'standard.complete': true }, ['i1', 'i3']);
      await expectMatches({ 'standard.complete': { $eq: false } }, ['i2']);
      await expectMatches({ level: 3 }, ['i1']);
      await expectMatches({ level: '3' }, ['i4']);
      await expectMatches({ tenant: '230102', area: 'social-assistance' }, ['i2']);
      await expectMatches({ _id: 'i3' }, ['i3']);
    });

    it('matches null against null and missing fields, and $exists against presence', async () => {
      await expectMatches({ note: null }, ['i1', 'i2', 'i3', 'i4', 'i5']);
      await expectMatches({ 'standard.subject': null }, ['i3', 'i4', 'i5']);
      await expectMatches({ note: { $exists: true } }, ['i3']);
      await expectMatches({ standard: { $exists: false } }, ['i4', 'i5']);
    });

    it('matches $in, $nin and $ne (negations include documents without the field)', async () => {
      await expectMatches({ area: { $in: ['housing', 'work-safety', 'unknown'] } }, ['i3', 'i4']);
      await expectMatches({ area: { $in: [] } }, []);
      await expectMatches({ 'standard.subject': { $in: ['区教育局', null] } }, ['i1', 'i3', 'i4', 'i5']);
      await expectMatches({ 'standard.subject': { $nin: ['区教育局'] } }, ['i2', 'i3', 'i4', 'i5']);
      await expectMatches({ 'standard.subject': { $ne: '区教育局' } }, ['i2', 'i3', 'i4', 'i5']);
      await expectMatches({ 'standard.complete': { $ne: true } }, ['i2', 'i4', 'i5']);
      await expectMatches({ tenant: { $nin: ['230102', '230103'] } }, ['i4', 'i5']);
    });

    it('compares ranges within one type: numbers with numbers, strings by code point', async () => {
      await expectMatches({ level: { $gte: 2.5 } }, ['i1', 'i3', 'i5']);
      await expectMatches({ level: { $gt: 1, $lt: 10 } }, ['i1', 'i3']);
      await expectMatches({ level: { $lte: '3' } }, ['i4']);
      await expectMatches({ 'standard.timeLimit': { $lte: 15 } }, ['i2', 'i3']);
      await expectMatches({ name: { $gte: '保', $lt: '城' } }, ['i3']);
      await expectMatches({ name: { $gt: '城' } }, ['i2', 'i4']);
      await expectMatches({ name: { $lt: '乙' } }, ['i1', 'i5']);
      await expectMatches({ _id: { $gt: 'i2', $lte: 'i4' } }, ['i3', 'i4']);
    });

    it('finds values inside arrays with $contains and $containsAny', async () => {
      await expectMatches({ stages: { $contains: 'result' } }, ['i1', 'i4']);
      await expectMatches({ stages: { $containsAny: ['service', 'execution'] } }, ['i2', 'i4']);
      await expectMatches({ stages: { $containsAny: [] } }, []);
      await expectMatches({ ancestors: { $contains: '230100' } }, ['i1', 'i2', 'i3']);
      await expectMatches({ ancestors: { $containsAny: ['231000', '230100'] } }, ['i1', 'i2', 'i3']);
    });

    it('combines conditions with $and and $or', async () => {
      await expectMatches({ $or: [{ area: 'housing' }, { level: { $gte: 10 } }] }, ['i3', 'i5']);
      await expectMatches(
        {
          $and: [{ $or: [{ tenant: '230102' }, { tenant: '231081' }] }, { stages: { $contains: 'result' } }],
        },
        ['i1', 'i4'],
      );
      await expectMatches({ area: 'compulsory-education', $or: [{ level: 3 }, { level: 4 }] }, ['i1']);
    });

    it('counts per distinct value, missing values as null', async () => {
      const byArea = await context.store.countBy('items', 'area', { tenant: { $ne: '230100' } });
      expect(byArea.sort((a, b) => JSON.stringify(a.value).localeCompare(JSON.stringify(b.value)))).toEqual([
        { value: 'compulsory-education', count: 1 },
        { value: 'housing', count: 1 },
        { value: 'social-assistance', count: 1 },
        { value: 'work-safety', count: 1 },
      ]);
      const byCompleteness = await context.store.countBy('items', 'standard.complete');
      expect(byCompleteness).toHaveLength(3);
      expect(byCompleteness).toEqual(
        expect.arrayContaining([
          { value: true, count: 2 },
          { value: false, count: 1 },
          { value: null, count: 2 },
        ]),
      );
      const byTenant = await context.store.countBy('items', 'tenant');
      expect(byTenant).toEqual(expect.arrayContaining([{ value: '230102', count: 2 }]));
      expect(await context.store.countBy('nothingHere', 'area')).toEqual([]);
    });

    it('answers the same with indexes as without, and declaring them twice is harmless', async () => {
      const filter: Filter = { tenant: { $in: ['230102', '230103'] }, level: { $gte: 1 } };
      const sort = [{ field: 'level', direction: 'desc' as const }];
      const before = await context.store.find('items', { filter, sort });
      await context.store.ensureIndexes('items', [['tenant', 'level'], ['area'], ['standard.timeLimit']]);
      await context.store.ensureIndexes('items', [['tenant', 'level'], ['area']]);
      expect(await context.store.find('items', { filter, sort })).toEqual(before);
      expect(idsOf(before)).toEqual(['i1', 'i3', 'i2']);
    });

    it('refuses filters it cannot run with READ_MODEL_QUERY_INVALID', async () => {
      const refused: unknown[] = [
        { $where: 'true' },
        { area: { $regex: 'x' } },
        { area: { $in: 'housing' } },
        { area: ['housing'] },
        { area: {} },
        { 'bad path': 1 },
        { 'a..b': 1 },
        { $or: [] },
        { level: { $gt: true } },
        { ancestors: '230100' },
        { tenant: { $contains: '230102' } },
        { level: Number.NaN },
      ];
      for (const filter of refused) {
        await expect(
          context.store.find('items', { filter: filter as Filter }),
          JSON.stringify(filter),
        ).rejects.toMatchObject({
          code: 'READ_MODEL_QUERY_INVALID',
        });
      }
      await expect(context.store.find('items', { limit: 0 })).rejects.toMatchObject({
        code: 'READ_MODEL_QUERY_INVALID',
      });
      await expect(context.store.countBy('items', '$area')).rejects.toMatchObject({
        code: 'READ_MODEL_QUERY_INVALID',
      });
    });
  });
};
