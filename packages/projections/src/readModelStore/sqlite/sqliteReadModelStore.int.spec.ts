import { join } from 'node:path';
import { temporaryDirectory } from '@gongkai/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { runReadModelStoreContract } from '../testing';
import { documentOf } from '../testing/fixtures';
import { visibleToTenant } from '../tenancy/tenantScopeFilter';
import { createSqliteReadModelStore, SqliteReadModelStore } from './sqliteReadModelStore';

const directory = temporaryDirectory('gongkai-read-models-');
afterAll(() => directory.remove());

let created = 0;
const freshStore = () =>
  createSqliteReadModelStore({ path: join(directory.path, `read-models-${++created}.sqlite`) });

runReadModelStoreContract('sqlite', { create: freshStore });

describe('SqliteReadModelStore', () => {
  it('keeps documents, indexes and checkpoints across a restart', async () => {
    const path = join(directory.path, 'restart.sqlite');
    const first = await createSqliteReadModelStore({ path });
    await first.ensureIndexes('items', [['tenant', 'name']]);
    await first.transaction('catalogue', (unit) => {
      unit.upsert('items', documentOf('a', 'daoli', { name: '公开目录' }), 3);
      unit.setCheckpoint(4);
    });
    await first.close();
    const second = await createSqliteReadModelStore({ path });
    expect(await second.getCheckpoint('catalogue')).toBe(4);
    expect(await second.find('items', { filter: { tenant: '230102' }, sort: [{ field: 'name' }] })).toEqual([
      { ...documentOf('a', 'daoli', { name: '公开目录' }), _position: 3 },
    ]);
    await second.close();
  });

  it('refuses use after close with READ_MODEL_STORE_CLOSED', async () => {
    const store = await freshStore();
    await store.close();
    await store.close();
    await expect(store.get('items', 'a')).rejects.toMatchObject({ code: 'READ_MODEL_STORE_CLOSED' });
    await expect(store.transaction('p', () => undefined)).rejects.toMatchObject({
      code: 'READ_MODEL_STORE_CLOSED',
    });
  });

  it('walks an index in sort order for county, prefecture and province views alike', async () => {
    const store = new SqliteReadModelStore({ path: join(directory.path, 'plans.sqlite') });
    await store.transaction('catalogue', (unit) => {
      for (let index = 0; index < 20_000; index++) {
        const prefecture = String(230100 + (index % 10) * 100);
        const tenant = String(Number(prefecture) + 2 + (index % 7));
        const document = {
          _id: `item-${index}`,
          tenant,
          ancestors: [prefecture, '230000', '000000'],
          code: `GK-${(index * 7919) % 100_000}`,
        };
        unit.upsert('items', document, index + 1);
      }
    });
    await store.ensureIndexes('items', [['tenant', 'code'], ['code']]);
    const plan = (tenant: string) =>
      store
        .explainFind('items', { filter: visibleToTenant(tenant), sort: [{ field: 'code' }], limit: 51 })
        .join(' | ');
    expect(plan('230102')).toMatch(/SEARCH d USING INDEX ix:items:tenant,code \(tenant=\?\)/);
    for (const scope of ['230102', '230100', '230000']) expect(plan(scope)).not.toContain('TEMP B-TREE');
    expect(plan('230000')).toContain('SCAN d USING INDEX ix:items:code');
    await store.close();
  });

  it('works in memory too', async () => {
    const store = await createSqliteReadModelStore({ path: ':memory:' });
    await store.transaction('p', (unit) => unit.upsert('items', documentOf('a', 'daoli'), 1));
    expect(await store.count('items', { ancestors: { $contains: '230100' } })).toBe(1);
    await store.close();
  });
});
