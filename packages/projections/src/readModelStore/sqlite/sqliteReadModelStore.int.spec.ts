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
const freshPath = () => join(directory.path, `read-models-${++created}.sqlite`);
const freshStore = () => createSqliteReadModelStore({ path: freshPath() });

runReadModelStoreContract('sqlite', {
  create: freshStore,
  storage: () => {
    const path = freshPath();
    return { open: () => createSqliteReadModelStore({ path }) };
  },
});

describe('SqliteReadModelStore', () => {
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

  it('checkpoints the WAL from a worker thread when asked, and reopens with every document', async () => {
    const path = freshPath();
    const store = new SqliteReadModelStore({ path, checkpointIntervalMs: 3_600_000 });
    await store.transaction('p', (unit) => {
      for (let index = 0; index < 500; index++)
        unit.upsert('items', documentOf(`d-${index}`, 'daoli'), index + 1);
    });
    const result = await store.checkpointNow();
    expect(result?.frames).toBeGreaterThan(0);
    expect(result?.copied).toBe(result?.frames);
    await store.close();
    const reopened = await createSqliteReadModelStore({ path });
    expect(await reopened.count('items')).toBe(500);
    await reopened.close();
  });

  it('works in memory too', async () => {
    const store = await createSqliteReadModelStore({ path: ':memory:' });
    await store.transaction('p', (unit) => unit.upsert('items', documentOf('a', 'daoli'), 1));
    expect(await store.count('items', { ancestors: { $contains: '230100' } })).toBe(1);
    await store.close();
  });
});
