/**
 * What the projection benchmarks share: one full rebuild of the cached event store into a fresh
 * read-model store (read pages of 4,096 events, the given units of work, the heap bound and the page
 * cache of `gongkai rebuild`), run inside a child process, and the RSS sampler the parent uses on it.
 */
import { readFileSync } from 'node:fs';

export const READ_PAGE_SIZE = 4_096;

export interface RebuildFigures {
  events: number;
  position: number;
  durationMs: number;
  eventsPerSecond: number;
  /** CPU time of the rebuild itself (user + system), without opening and counting. */
  cpuMs: number;
  maxRssMb: number;
  /** Documents per collection after the rebuild. */
  documents: Record<string, number>;
}

/** Rebuilds every projection from `source` into the store at `target` (which should be empty). */
export const rebuildOnce = async (
  source: string,
  target: string,
  batchSize: number,
): Promise<RebuildFigures> => {
  const { openSqliteEventStore } = await import('@gongkai/event-store');
  const { createTenantDirectory, heilongjiangSeed } = await import('@gongkai/domain');
  const {
    boundHeapGrowthForRebuild,
    collectionsOf,
    createProjectors,
    createSqliteReadModelStore,
    projectionContextFor,
    REBUILD_CACHE_SIZE_MIB,
    rebuildProjections,
  } = await import('@gongkai/projections');
  const eventStore = openSqliteEventStore({ fileName: source, readPageSize: READ_PAGE_SIZE });
  // As `gongkai rebuild` runs: its heap bound, its page cache.
  boundHeapGrowthForRebuild();
  const readModelStore = await createSqliteReadModelStore({
    path: target,
    cacheSizeMiB: REBUILD_CACHE_SIZE_MIB,
  });
  const projectors = createProjectors(projectionContextFor(createTenantDirectory(heilongjiangSeed)));
  const cpu = process.cpuUsage();
  const result = await rebuildProjections({ eventStore, readModelStore, projectors, batchSize });
  const { user, system } = process.cpuUsage(cpu);
  const documents: Record<string, number> = {};
  for (const collection of collectionsOf(projectors)) {
    documents[collection] = await readModelStore.count(collection);
  }
  await readModelStore.close();
  await eventStore.close();
  return {
    ...result,
    cpuMs: (user + system) / 1000,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    documents,
  };
};

/** Resident set size of a live process, from /proc (Linux); undefined elsewhere or once it exited. */
export const rssOf = (pid: number): number | undefined => {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
};
