import type { EventStore } from '@gongkai/event-store';
import type { ReadModelStore } from '../readModelStore';
import type { Projector } from '../projectors/types';
import { collectionsOf } from '../projectors/types';
import { ensureProjectorIndexes } from '../runner/applyBatch';
import { replayInto } from './replayInto';

/**
 * Events folded at a time within a unit of work. Read events then die young: holding a whole
 * 10,000-event unit's worth of them had the garbage collector copy and promote them all.
 */
const CHUNK_SIZE = 500;

export interface RebuildProgress {
  /** Events replayed so far. */
  done: number;
  /** Events to replay (the head position when the rebuild started). */
  total: number;
  position: number;
  elapsedMs: number;
  eventsPerSecond: number;
  phase: 'replaying' | 'indexing' | 'done';
}

export interface RebuildOptions {
  eventStore: EventStore;
  readModelStore: ReadModelStore;
  /** Fresh projector instances (they cache documents). */
  projectors: readonly Projector[];
  /** Events per unit of work (default 10,000; folded 500 at a time). */
  batchSize?: number;
  /** Replay up to this position (default: the head when the rebuild starts). */
  toPosition?: number;
  validateEvents?: boolean;
  /** Called after every batch and at each phase change. */
  onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  events: number;
  position: number;
  durationMs: number;
  eventsPerSecond: number;
}

/**
 * Rebuilds the projectors' read models from scratch: drops their collections and checkpoints,
 * replays the store in large units of work, then builds the indexes once (cheaper than growing them
 * row by row). A runner started afterwards continues from the rebuilt checkpoints.
 */
export const rebuildProjections = async (options: RebuildOptions): Promise<RebuildResult> => {
  const { eventStore, readModelStore, projectors } = options;
  const batchSize = options.batchSize ?? 10_000;
  const validate = options.validateEvents ?? false;
  const total = options.toPosition ?? (await eventStore.headPosition());
  const started = performance.now();
  let done = 0;
  let position = 0;
  const report = (phase: RebuildProgress['phase']): void => {
    const elapsedMs = performance.now() - started;
    const eventsPerSecond = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
    options.onProgress?.({ done, total, position, elapsedMs, eventsPerSecond, phase });
  };

  await readModelStore.reset({
    projectors: projectors.map((projector) => projector.name),
    collections: collectionsOf(projectors),
  });
  for (const projector of projectors) projector.startEmpty();
  const replayed = await replayInto(readModelStore, projectors, eventStore.readAll({ toPosition: total }), {
    batchSize,
    chunkSize: Math.min(batchSize, CHUNK_SIZE),
    validateEvents: validate,
    onBatch: (batch) => {
      done = batch.events;
      position = batch.position;
      report('replaying');
    },
  });
  done = replayed.events;
  position = replayed.position;
  report('indexing');
  await ensureProjectorIndexes(readModelStore, projectors);
  const durationMs = performance.now() - started;
  report('done');
  return {
    events: done,
    position,
    durationMs,
    eventsPerSecond: durationMs > 0 ? (done * 1000) / durationMs : 0,
  };
};
