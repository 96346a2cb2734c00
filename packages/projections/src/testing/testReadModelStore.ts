import type { ReadModelStore } from '../readModelStore';
import { createMongoReadModelStore, createSqliteReadModelStore } from '../readModelStore';
import { decideMongoUrl, freshDatabaseName } from './mongoUrl';

/** `GONGKAI_TEST_READ_MODEL_STORE`: which adapter the projection tests run on (default sqlite). */
export type TestReadModelStoreKind = 'sqlite' | 'mongodb';

export const testReadModelStoreKind = (env: NodeJS.ProcessEnv = process.env): TestReadModelStoreKind => {
  const kind = env.GONGKAI_TEST_READ_MODEL_STORE?.trim() || 'sqlite';
  if (kind !== 'sqlite' && kind !== 'mongodb') {
    throw new Error(`GONGKAI_TEST_READ_MODEL_STORE=${kind}: use sqlite (the default) or mongodb.`);
  }
  return kind;
};

let mongoUrl: Promise<string> | undefined;

/** The MongoDB of the projection tests: MONGODB_URL, else a container; never a silent skip. */
const testMongoUrl = (): Promise<string> => {
  mongoUrl ??= decideMongoUrl('projection tests on MongoDB').then((decision) => {
    if ('url' in decision) return decision.url;
    throw new Error(
      'skip' in decision
        ? `GONGKAI_TEST_READ_MODEL_STORE=mongodb, but ${decision.skip}`
        : `GONGKAI_TEST_READ_MODEL_STORE=mongodb, but ${decision.fail}`,
    );
  });
  return mongoUrl;
};

/**
 * A fresh, empty read-model store for a projection test: SQLite in memory by default; with
 * GONGKAI_TEST_READ_MODEL_STORE=mongodb a MongoDB database of its own, dropped when it is closed.
 */
export const createTestReadModelStore = async (
  kind: TestReadModelStoreKind = testReadModelStoreKind(),
): Promise<ReadModelStore> => {
  if (kind === 'sqlite') return createSqliteReadModelStore({ path: ':memory:' });
  const store = await createMongoReadModelStore({ url: await testMongoUrl(), database: freshDatabaseName() });
  const close = store.close.bind(store);
  return Object.assign(store, {
    close: async () => {
      await store.dropDatabase().catch(() => undefined);
      await close();
    },
  });
};
