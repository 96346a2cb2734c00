import type { TenantDirectory } from '@gongkai/domain';
import { createTenantDirectory, heilongjiangMilestones, heilongjiangSeed } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import type { ReadModelStore } from '@gongkai/projections';
import {
  ReadModelViewQueries,
  createProjectors,
  createSqliteReadModelStore,
  projectionContextFor,
  rebuildProjections,
} from '@gongkai/projections';
import { seedEventStore } from '@gongkai/platform';

/** The seeded Heilongjiang pilot in memory: its event store, rebuilt read models and views. */
export interface SeededReadSide {
  directory: TenantDirectory;
  eventStore: EventStore;
  readModelStore: ReadModelStore;
  views: ReadModelViewQueries;
  close(): Promise<void>;
}

export const seededReadSide = async (): Promise<SeededReadSide> => {
  const directory = createTenantDirectory(heilongjiangSeed);
  const eventStore = openSqliteEventStore({ fileName: ':memory:' });
  const seeded = await seedEventStore(eventStore);
  if (seeded.rejected.length > 0) throw new Error(`the seed was refused: ${seeded.rejected[0]?.message}`);
  const readModelStore = await createSqliteReadModelStore({ path: ':memory:' });
  await rebuildProjections({
    eventStore,
    readModelStore,
    projectors: createProjectors(projectionContextFor(directory)),
  });
  const views = new ReadModelViewQueries({
    readModelStore,
    eventStore,
    directory,
    milestones: heilongjiangMilestones,
  });
  return {
    directory,
    eventStore,
    readModelStore,
    views,
    close: async () => {
      await readModelStore.close();
      await eventStore.close();
    },
  };
};
