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
import type { CommandEnvelope } from '@gongkai/command-handling';
import { WriteCore } from '@gongkai/command-handling';
import { officialWorkingDayCalendar } from '@gongkai/domain';
import { seedEventStore, sendSeedBatches } from '@gongkai/platform';

/** The seeded Heilongjiang pilot in memory: its event store, rebuilt read models and views. */
export interface SeededReadSide {
  directory: TenantDirectory;
  eventStore: EventStore;
  readModelStore: ReadModelStore;
  views: ReadModelViewQueries;
  close(): Promise<void>;
}

/** The seed, or other commands (a scenario made from the seed's) when given. */
export const seededReadSide = async (commands?: Iterable<CommandEnvelope>): Promise<SeededReadSide> => {
  const directory = createTenantDirectory(heilongjiangSeed);
  const eventStore = openSqliteEventStore({ fileName: ':memory:' });
  const seeded = commands
    ? await sendSeedBatches(
        new WriteCore({ eventStore, directory, calendar: officialWorkingDayCalendar }),
        commands,
        { parsed: false, total: 0 },
      )
    : await seedEventStore(eventStore);
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
