import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabaseName, mongoUrlForTests } from '../../testing/mongoUrl';
import { runReadModelStoreContract } from '../testing';
import { documentOf } from '../testing/fixtures';
import type { MongoReadModelStoreOptions, MongoReadModelStore } from './mongoReadModelStore';
import { createMongoReadModelStore } from './mongoReadModelStore';

const url = await mongoUrlForTests('MongoReadModelStore contract');

/** Whether the server is FerretDB (the stand-in `pnpm infra:up` starts), asked once. */
const onFerretDb =
  url !== undefined &&
  (await createMongoReadModelStore({ url, database: freshDatabaseName('gongkai_probe') }).then(
    async (store) => {
      const { ferretdb } = store;
      await store.close();
      return ferretdb;
    },
  ));

const opened: MongoReadModelStore[] = [];

/** A store on a database of its own, dropped after the suite. */
const freshStore = async (
  options: Partial<MongoReadModelStoreOptions> = {},
): Promise<MongoReadModelStore> => {
  const database = freshDatabaseName('gongkai_contract');
  const store = await createMongoReadModelStore({ url: url!, database, ...options });
  const close = store.close.bind(store);
  opened.push(store);
  return Object.assign(store, {
    close: async () => {
      await store.dropDatabase().catch(() => undefined);
      await close();
    },
  });
};

/** Databases of the tests that open several stores on one: dropped after the suite. */
const shared: string[] = [];

afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
  for (const database of shared) {
    const store = await createMongoReadModelStore({ url: url!, database });
    await store.dropDatabase();
    await store.close();
  }
});

describe.runIf(url !== undefined)('MongoReadModelStore', () => {
  // FerretDB scans a collection for every query not by one `_id`: paging 20,000 documents takes
  // 140 s there, so on this stand-in the large-collection test pages 5,000 (10 pages of 500).
  const largeCollection = onFerretDb ? 5_000 : 20_000;
  const storage = () => {
    const database = freshDatabaseName('gongkai_restart');
    return { open: () => freshStoreOn(database) };
  };
  runReadModelStoreContract('mongodb', { create: () => freshStore(), storage, largeCollection });

  // MongoDB's defaults (and, on FerretDB, the other of each choice): reads by `$in`, replaces and
  // deletes guarded by position on the server. Slow on FerretDB, but it must answer the same.
  runReadModelStoreContract('mongodb, reads by $in, replaces and deletes guarded on the server', {
    create: () => freshStore({ serverSideGuards: true, maxUpdatesPerCommand: 20, idReads: 'in' }),
    storage,
    largeCollection,
  });

  it('writes over a document another store created meanwhile only when it is older', async () => {
    const database = freshDatabaseName('gongkai_race');
    const mine = await freshStoreOn(database);
    const theirs = await freshStoreOn(database);
    await mine.reset({ collections: ['items'] });
    await theirs.transaction('p', (unit) => {
      unit.upsert('items', documentOf('older', 'daoli', { by: 'theirs' }), 2);
      unit.upsert('items', documentOf('newer', 'daoli', { by: 'theirs' }), 9);
    });
    // `mine` emptied the collection itself and believes both absent: its inserts meet duplicates.
    await mine.transaction('p', (unit) => {
      unit.upsert('items', documentOf('older', 'daoli', { by: 'mine' }), 5);
      unit.upsert('items', documentOf('newer', 'daoli', { by: 'mine' }), 6);
    });
    expect(await mine.get('items', 'newer')).toMatchObject({ by: 'theirs', _position: 9 });
    expect(await mine.get('items', 'older')).toMatchObject({ by: 'mine', _position: 5 });
    await theirs.close();
    await mine.close();
  });
});

const freshStoreOn = async (database: string): Promise<MongoReadModelStore> => {
  if (!shared.includes(database)) shared.push(database);
  const store = await createMongoReadModelStore({ url: url!, database });
  opened.push(store);
  return store;
};
