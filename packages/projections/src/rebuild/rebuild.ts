import type { EventStore } from '@gongkai/event-store';
import type { ReadModelStore } from '../readModelStore';
import { toProjectedEvent } from '../projectors/readEvent';
import type { ProjectedEvent, Projector } from '../projectors/types';
import { collectionsOf } from '../projectors/types';
import { applyBatch, ensureProjectorIndexes } from '../runner/applyBatch';

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
  /** Events per unit of work (default 10,000). */
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
  const checkpoints = new Map(projectors.map((projector) => [projector.name, 0]));
  let batch: ProjectedEvent[] = [];
  const land = async (): Promise<void> => {
    await applyBatch(readModelStore, projectors, batch, checkpoints);
    done += batch.length;
    position = batch.at(-1)?.position ?? position;
    batch = [];
    report('replaying');
  };
  for await (const recorded of eventStore.readAll({ toPosition: total })) {
    batch.push(toProjectedEvent(recorded, { validate }));
    if (batch.length >= batchSize) await land();
  }
  if (batch.length > 0) await land();
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
