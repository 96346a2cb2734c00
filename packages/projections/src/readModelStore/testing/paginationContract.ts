import { describe, expect, it } from 'vitest';
import type { Page, PageQuery, ReadModelDocument, ReadModelStore, SortKey } from '../port';
import { cursorOf } from '../query/cursor';
import type { ContractContext } from './fixtures';
import { compareUtf8, documentOf, idsOf, seed } from './fixtures';

const COUNTY_NAMES = [
  '道里区',
  '南岗区',
  '香坊区',
  '道外区',
  '平房区',
  '松北区',
  '呼兰区',
  '阿城区',
  '双城区',
  '绥芬河市',
  '抚远市',
];

/** Walk every page of a query; fails on a page that repeats a document. */
const allPages = async (store: ReadModelStore, collection: string, query: Omit<PageQuery, 'after'>) => {
  const seen: ReadModelDocument[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 10_000; guard++) {
    const page: Page = await store.findPage(collection, { ...query, after });
    seen.push(...page.documents);
    if (!page.hasNextPage) return seen;
    expect(page.documents).toHaveLength(query.first);
    after = page.endCursor;
  }
  throw new Error('pagination did not end');
};

const sortedIds = (documents: ReadModelDocument[], key: (document: ReadModelDocument) => string): string[] =>
  [...documents].sort((a, b) => compareUtf8(key(a), key(b)) || compareUtf8(a._id, b._id)).map((d) => d._id);

export const paginationContract = (context: ContractContext): void => {
  describe('sort, limit and keyset pagination', () => {
    const counties = COUNTY_NAMES.flatMap((name, index) => [
      documentOf(`c${String(index).padStart(2, '0')}a`, 'daoli', {
        name,
        rank: index % 4,
        extra: { seat: name },
      }),
      documentOf(`c${String(index).padStart(2, '0')}b`, 'nangang', { name, rank: (index * 7) % 5 }),
    ]);

    it('sorts Chinese names by code point, ties broken by _id, and limits', async () => {
      await seed(context.store, 'units', counties);
      const expected = sortedIds(counties, (d) => d.name as string);
      const ascending = await context.store.find('units', { sort: [{ field: 'name' }] });
      expect(idsOf(ascending)).toEqual(expected);
      const descending = await context.store.find('units', {
        sort: [{ field: 'name', direction: 'desc' }],
        limit: 5,
      });
      expect(idsOf(descending)).toEqual([...expected].reverse().slice(0, 5));
    });

    for (const sort of [
      [{ field: 'name' }],
      [{ field: 'name', direction: 'desc' }],
      [{ field: 'rank' }, { field: 'name', direction: 'desc' }],
      [{ field: 'extra.seat' }],
      [{ field: 'extra.seat', direction: 'desc' }],
      [],
    ] satisfies SortKey[][]) {
      it(`walks every page exactly once sorted by ${JSON.stringify(sort)} (missing values included)`, async () => {
        await seed(context.store, 'units', counties);
        const full = await context.store.find('units', { sort });
        for (const first of [1, 3, 7]) {
          const pages = await allPages(context.store, 'units', { sort, first });
          expect(idsOf(pages)).toEqual(idsOf(full));
        }
        expect(full).toHaveLength(counties.length);
      });
    }

    it('pages within a filter and gives cursors Relay edges can use', async () => {
      await seed(context.store, 'units', counties);
      const query = { filter: { tenant: '230103', rank: { $gte: 1 } }, sort: [{ field: 'name' }] };
      const first = await context.store.findPage('units', { ...query, first: 2 });
      expect(first.hasNextPage).toBe(true);
      expect(first.endCursor).toBe(cursorOf(first.documents[1], query.sort));
      const fromEdge = await context.store.findPage('units', {
        ...query,
        first: 50,
        after: cursorOf(first.documents[0], query.sort),
      });
      expect(fromEdge.documents[0]?._id).toBe(first.documents[1]?._id);
      expect(fromEdge.hasNextPage).toBe(false);
      const everything = await context.store.find('units', query);
      expect(idsOf(fromEdge.documents)).toEqual(idsOf(everything).slice(1));
      const empty = await context.store.findPage('units', { filter: { tenant: 'none' }, first: 5 });
      expect(empty).toEqual({ documents: [], endCursor: null, hasNextPage: false });
    });

    it('refuses a cursor issued for another sort, a forged cursor and a bad page size', async () => {
      await seed(context.store, 'units', counties);
      const page = await context.store.findPage('units', { sort: [{ field: 'name' }], first: 2 });
      const invalid = { code: 'READ_MODEL_QUERY_INVALID' };
      await expect(
        context.store.findPage('units', { sort: [{ field: 'rank' }], first: 2, after: page.endCursor }),
      ).rejects.toMatchObject(invalid);
      await expect(
        context.store.findPage('units', { first: 2, after: 'not-a-cursor' }),
      ).rejects.toMatchObject(invalid);
      await expect(context.store.findPage('units', { first: 0 })).rejects.toMatchObject(invalid);
      await expect(context.store.find('units', { sort: [{ field: 'ancestors' }] })).rejects.toMatchObject(
        invalid,
      );
      await expect(
        context.store.find('units', { sort: [{ field: '_id' }, { field: 'name' }] }),
      ).rejects.toMatchObject(invalid);
    });

    it('pages through a large collection (20,000 documents by default) completely, without duplicates', async () => {
      const total = context.largeCollection ?? 20_000;
      const tenants = ['daoli', 'nangang', 'suifenhe', 'harbin'] as const;
      const documents = Array.from({ length: total }, (_, index) =>
        documentOf(`item-${index}`, tenants[index % tenants.length] ?? 'daoli', {
          code: `事项-${String((index * 7919) % 2000).padStart(4, '0')}`,
          seq: index,
        }),
      );
      await context.store.ensureIndexes('bulk', [['tenant', 'code'], ['code']]);
      for (let from = 0; from < total; from += 5_000) {
        await seed(context.store, 'bulk', documents.slice(from, from + 5_000), { from });
      }
      expect(await context.store.count('bulk')).toBe(total);
      const pages = await allPages(context.store, 'bulk', {
        sort: [{ field: 'code', direction: 'desc' }],
        first: 500,
      });
      expect(pages).toHaveLength(total);
      expect(new Set(idsOf(pages)).size).toBe(total);
      const codes = pages.map((document) => document.code as string);
      expect(
        codes.every((code, index) => index === 0 || compareUtf8(codes[index - 1] ?? '', code) >= 0),
      ).toBe(true);
      const filter = { tenant: '230102' };
      const scoped = await allPages(context.store, 'bulk', { filter, sort: [{ field: 'code' }], first: 333 });
      expect(new Set(idsOf(scoped)).size).toBe(total / 4);
    });
  });
};
