import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { WriteCore } from '@gongkai/command-handling';
import type { TenantDirectory, TenantSeed } from '@gongkai/domain';
import {
  createTenantDirectory,
  heilongjiangMilestones,
  heilongjiangSeed,
  officialWorkingDayCalendar,
  parseTenantSeed,
} from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { openKurrentDbEventStore, openSqliteEventStore } from '@gongkai/event-store';
import type { ReadModelStore, ShardLayout } from '@gongkai/projections';
import {
  ApplicationViewQueries,
  ReadModelViewQueries,
  createMongoReadModelStore,
  createSqliteReadModelStore,
  REBUILD_CACHE_SIZE_MIB,
  projectorNames,
} from '@gongkai/projections';
import type { PlatformConfig } from './config';

/**
 * The stores every role works on, chosen by configuration: the event store (SQLite in the data
 * folder, or KurrentDB) and the read models (SQLite in the data folder, or MongoDB), with the
 * write core and the views over them. Embedded by default: one process, one folder.
 */
export interface PlatformStack {
  config: PlatformConfig;
  directory: TenantDirectory;
  /** The seed the directory was built from (its pilot areas name what reference data may map to). */
  seed: TenantSeed;
  eventStore: EventStore;
  readModelStore: ReadModelStore;
  /** Set when the read models are shared by several projector processes (MongoDB): their shards. */
  shards: ShardLayout | undefined;
  /** The one write path (the seed, the ingestor and the API's reads of what it decided use it). */
  writeCore: WriteCore;
  views: ReadModelViewQueries;
  /** On-request disclosure views (依申请公开). */
  applications: ApplicationViewQueries;
  /** Events the slowest projector (of every shard) is behind the event store. */
  projectionLag(): Promise<number>;
  /** The position every projector (of every shard) has reached: a read model there shows it. */
  projectedPosition(): Promise<number>;
  close(): Promise<void>;
}

const openEventStore = (config: PlatformConfig): Promise<EventStore> => {
  if (config.kurrentDbUrl) return openKurrentDbEventStore({ connectionString: config.kurrentDbUrl });
  // Another process (a separate ingestor) may append: its commits wake the subscriptions through
  // the WAL file's watch; the poll is the fallback where the file system reports no writes.
  // The WAL is checkpointed by a worker thread: a commit never stalls on copying it (see the event store README).
  return Promise.resolve(
    openSqliteEventStore({ fileName: config.eventStorePath, pollIntervalMs: 25, checkpointIntervalMs: 200 }),
  );
};

const openReadModelStore = (config: PlatformConfig, options: OpenStackOptions): Promise<ReadModelStore> =>
  config.mongodb
    ? createMongoReadModelStore(config.mongodb)
    : createSqliteReadModelStore({
        path: config.readModelPath,
        checkpointIntervalMs: 200,
        ...(options.rebuildOnly ? { cacheSizeMiB: REBUILD_CACHE_SIZE_MIB } : {}),
      });

export interface OpenStackOptions {
  /** The process only rebuilds the read models (`gongkai rebuild`): a small read-model page cache. */
  rebuildOnly?: boolean;
}

export const openStack = async (
  config: PlatformConfig,
  options: OpenStackOptions = {},
): Promise<PlatformStack> => {
  if (!existsSync(config.dataDir)) mkdirSync(config.dataDir, { recursive: true });
  const seed = config.tenantsFile
    ? parseTenantSeed(JSON.parse(readFileSync(config.tenantsFile, 'utf8')))
    : heilongjiangSeed;
  const directory = createTenantDirectory(seed);
  const eventStore = await openEventStore(config);
  const readModelStore = await openReadModelStore(config, options).catch(async (error: unknown) => {
    await eventStore.close();
    throw error;
  });
  const shards = config.mongodb ? { count: config.projection.shards } : undefined;
  const checkpointNames = projectorNames(shards);
  const writeCore = new WriteCore({ eventStore, directory, calendar: officialWorkingDayCalendar });
  const views = new ReadModelViewQueries({
    readModelStore,
    eventStore,
    directory,
    milestones: heilongjiangMilestones,
    ...(shards ? { shards } : {}),
  });
  const applications = new ApplicationViewQueries({
    readModelStore,
    eventStore,
    directory,
    calendar: officialWorkingDayCalendar,
  });
  return {
    config,
    directory,
    seed,
    eventStore,
    readModelStore,
    shards,
    writeCore,
    views,
    async projectedPosition() {
      const checkpoints = await Promise.all(
        checkpointNames.map((name) => readModelStore.getCheckpoint(name)),
      );
      return Math.min(...checkpoints);
    },
    applications,
    async projectionLag() {
      const [head, checkpoints] = await Promise.all([
        eventStore.headPosition(),
        Promise.all(checkpointNames.map((name) => readModelStore.getCheckpoint(name))),
      ]);
      return Math.max(0, head - Math.min(...checkpoints));
    },
    async close() {
      await readModelStore.close();
      await eventStore.close();
    },
  };
};
