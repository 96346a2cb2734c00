import { acceptedOrThrow } from '@gongkai/command-handling';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heilongjiangMilestones } from '@gongkai/domain';
import type { ReadModelStore } from '@gongkai/projections';
import {
  BUSINESS_DATES,
  ProjectionRunner,
  ReadModelViewQueries,
  ReadModelViews,
  collectionsOf,
  createProjectors,
  projectorNames,
  shardOf,
} from '@gongkai/projections';
import type { TestPlatform } from '@gongkai/projections/testing';
import {
  context,
  createTestReadModelStore,
  directory,
  startTestPlatform,
} from '@gongkai/projections/testing';
import { seedCommandsForReadModelTests } from '../support/seedCommands';

const SHARDS = 3;

let platform: TestPlatform;
let sharded: ReadModelStore;
const tenantCollections = collectionsOf(createProjectors(context)).filter((name) => name !== BUSINESS_DATES);

const everything = (store: ReadModelStore, collection: string) =>
  store.find(collection, { sort: [{ field: '_id' }] });

// The seed is projected twice: by one unsharded runner (the embedded platform), and by three
// runners side by side, one per shard, into a second store, as three `gongkai project` would.
beforeAll(async () => {
  platform = await startTestPlatform();
  for (const envelope of seedCommandsForReadModelTests())
    acceptedOrThrow(await platform.core.handle(envelope));
  const head = await platform.eventStore.headPosition();
  await platform.runner.waitFor(head);
  sharded = await createTestReadModelStore();
  const runners = Array.from(
    { length: SHARDS },
    (_, index) =>
      new ProjectionRunner({
        eventStore: platform.eventStore,
        readModelStore: sharded,
        projectors: createProjectors(context, { shard: { index, count: SHARDS } }),
        maxBatchSize: 500,
        maxBatchDelayMs: 5,
      }),
  );
  await Promise.all(runners.map((runner) => runner.start()));
  await Promise.all(runners.map((runner) => runner.waitFor(head)));
  await Promise.all(runners.map((runner) => runner.stop()));
}, 120_000);
afterAll(async () => {
  await sharded.close();
  await platform.close();
});

describe('projection shards', () => {
  it('split the pilot tenants over every shard', () => {
    const shards = new Set(directory.all().map((unit) => shardOf(unit.code, SHARDS)));
    expect(shards.size).toBe(SHARDS);
  });

  it.each(tenantCollections)(
    'together build %s exactly as one unsharded projector does',
    async (collection) => {
      const unsharded = await everything(platform.readModelStore, collection);
      expect(await everything(sharded, collection)).toEqual(unsharded);
    },
  );

  it('keep a checkpoint per projector and shard, each at the head', async () => {
    const head = await platform.eventStore.headPosition();
    const names = projectorNames({ count: SHARDS });
    expect(names).toHaveLength(6 * SHARDS);
    for (const name of names) expect(await sharded.getCheckpoint(name)).toBe(head);
  });

  it('give the same views, including the latest business date over the shards', async () => {
    const options = { eventStore: platform.eventStore, directory, milestones: heilongjiangMilestones };
    const clock = () => new Date('2018-12-31T12:00:00+08:00');
    const one = new ReadModelViewQueries({ ...options, readModelStore: platform.readModelStore, clock });
    const three = new ReadModelViewQueries({
      ...options,
      readModelStore: sharded,
      clock,
      shards: { count: SHARDS },
    });
    const latestOf = (store: ReadModelStore) =>
      new ReadModelViews(store, context, heilongjiangMilestones).latestBusinessDate();
    expect(await latestOf(sharded)).toBe(await latestOf(platform.readModelStore));
    expect(await latestOf(sharded)).not.toBeNull();
    expect(await three.provinceView('230000')).toEqual(await one.provinceView('230000'));
  });
});
