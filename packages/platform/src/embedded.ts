import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { CommandHandler } from '@gongkai/command-handling';
import type { TenantDirectory, TenantSeed } from '@gongkai/domain';
import {
  createTenantDirectory,
  heilongjiangMilestones,
  heilongjiangSeed,
  officialWorkingDayCalendar,
  parseTenantSeed,
} from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import type { ReadModelStore } from '@gongkai/projections';
import {
  ProjectionRunner,
  ReadModelViewQueries,
  createProjectors,
  createSqliteReadModelStore,
  projectionContextFor,
} from '@gongkai/projections';
import type { Logger } from 'pino';
import type { PlatformConfig } from './config';

/** The embedded stack: SQLite event store and read models under the data folder, in one process. */
export interface EmbeddedStack {
  config: PlatformConfig;
  directory: TenantDirectory;
  /** The seed the directory was built from (its pilot areas name what reference data may map to). */
  seed: TenantSeed;
  eventStore: EventStore;
  readModelStore: ReadModelStore;
  commandHandler: CommandHandler;
  views: ReadModelViewQueries;
  close(): Promise<void>;
}

export const openEmbeddedStack = async (config: PlatformConfig): Promise<EmbeddedStack> => {
  if (!existsSync(config.dataDir)) mkdirSync(config.dataDir, { recursive: true });
  const seed = config.tenantsFile
    ? parseTenantSeed(JSON.parse(readFileSync(config.tenantsFile, 'utf8')))
    : heilongjiangSeed;
  const directory = createTenantDirectory(seed);
  // Another process (a separate ingestor) may append: poll often enough to keep the lag small.
  const eventStore = openSqliteEventStore({ fileName: config.eventStorePath, pollIntervalMs: 25 });
  const readModelStore = await createSqliteReadModelStore({ path: config.readModelPath });
  const commandHandler = new CommandHandler({ eventStore, directory, calendar: officialWorkingDayCalendar });
  const views = new ReadModelViewQueries({
    readModelStore,
    eventStore,
    directory,
    milestones: heilongjiangMilestones,
  });
  return {
    config,
    directory,
    seed,
    eventStore,
    readModelStore,
    commandHandler,
    views,
    async close() {
      await readModelStore.close();
      await eventStore.close();
    },
  };
};

/** Keeps the read models current: catches up from the checkpoints, then follows the store live. */
export const startProjections = async (stack: EmbeddedStack, logger: Logger): Promise<ProjectionRunner> => {
  const runner = new ProjectionRunner({
    eventStore: stack.eventStore,
    readModelStore: stack.readModelStore,
    projectors: createProjectors(projectionContextFor(stack.directory)),
    onError: (error: unknown) => logger.error({ err: error }, 'projection runner stopped'),
  });
  await runner.start();
  return runner;
};
