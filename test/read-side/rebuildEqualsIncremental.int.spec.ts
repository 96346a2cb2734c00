import { acceptedOrThrow } from '@gongkai/command-handling';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heilongjiangMilestones, isDomainError } from '@gongkai/domain';
import type { ReadModelStore, RebuildProgress } from '@gongkai/projections';
import {
  ReadModelViewQueries,
  collectionsOf,
  createProjectors,
  rebuildProjections,
} from '@gongkai/projections';
import type { TestPlatform } from '@gongkai/projections/testing';
import {
  context,
  createTestReadModelStore,
  directory,
  startTestPlatform,
} from '@gongkai/projections/testing';
import { seedCommandsForReadModelTests } from '../support/seedCommands';

let platform: TestPlatform;
let rebuilt: ReadModelStore;
let rejected = 0;
const progress: RebuildProgress[] = [];
const collections = collectionsOf(createProjectors(context));

const everything = async (store: ReadModelStore, collection: string) =>
  store.find(collection, { sort: [{ field: '_id' }] });

// The whole seed arrives one command at a time through the write core while the runner
// projects it; then the same store is rebuilt from scratch into a second read-model store.
beforeAll(async () => {
  platform = await startTestPlatform();
  for (const envelope of seedCommandsForReadModelTests()) {
    try {
      acceptedOrThrow(await platform.core.handle(envelope));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      rejected++;
    }
  }
  await platform.runner.waitFor(await platform.eventStore.headPosition());
  rebuilt = await createTestReadModelStore();
  await rebuildProjections({
    eventStore: platform.eventStore,
    readModelStore: rebuilt,
    projectors: createProjectors(context),
    batchSize: 1_000,
    onProgress: (step) => progress.push(step),
  });
}, 120_000);
afterAll(async () => {
  await rebuilt.close();
  await platform.close();
});

describe('a rebuild', () => {
  it('replays a seed the domain accepted whole', () => {
    expect(rejected).toBe(0);
  });

  it.each(collections)('equals the incrementally built %s, document for document', async (collection) => {
    const incremental = await everything(platform.readModelStore, collection);
    const fromScratch = await everything(rebuilt, collection);
    expect(fromScratch.length).toBe(incremental.length);
    expect(fromScratch).toEqual(incremental);
  });

  it('leaves every checkpoint at the head, so a runner resumes after it', async () => {
    const head = await platform.eventStore.headPosition();
    for (const projector of createProjectors(context)) {
      expect(await rebuilt.getCheckpoint(projector.name)).toBe(head);
    }
  });

  it('reports its progress batch by batch, then indexing, then done', async () => {
    const head = await platform.eventStore.headPosition();
    expect(progress.at(-1)).toMatchObject({ phase: 'done', done: head, total: head });
    expect(progress.filter((step) => step.phase === 'replaying').length).toBe(Math.ceil(head / 1_000));
    expect(progress.at(-2)?.phase).toBe('indexing');
  });

  it('gives the same views as the incremental read models', async () => {
    const options = { eventStore: platform.eventStore, directory, milestones: heilongjiangMilestones };
    const clock = () => new Date('2018-12-31T12:00:00+08:00');
    const live = new ReadModelViewQueries({ ...options, readModelStore: platform.readModelStore, clock });
    const fromScratch = new ReadModelViewQueries({ ...options, readModelStore: rebuilt, clock });
    expect(await fromScratch.provinceView('230000')).toEqual(await live.provinceView('230000'));
    expect(await fromScratch.catalogue({ tenant: '230000', first: 50 })).toEqual(
      await live.catalogue({ tenant: '230000', first: 50 }),
    );
  });
});
