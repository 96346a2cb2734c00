import type { ReadModelStore } from '../readModelStore';
import type { ProjectedEvent, Projector } from '../projectors/types';

/**
 * One unit of work per projector: the batch's events above its checkpoint, then the checkpoint at
 * the batch's last position (even when none of the events concerned it, so lag reads true).
 * `checkpoints` is updated in place once a projector's unit has landed.
 */
export const applyBatch = async (
  store: ReadModelStore,
  projectors: readonly Projector[],
  events: readonly ProjectedEvent[],
  checkpoints: Map<string, number>,
): Promise<void> => {
  const last = events.at(-1)?.position;
  if (last === undefined) return;
  await Promise.all(
    projectors.map(async (projector) => {
      const checkpoint = checkpoints.get(projector.name) ?? 0;
      if (last <= checkpoint) return;
      const fresh =
        events[0] && events[0].position > checkpoint ? events : events.filter((e) => e.position > checkpoint);
      try {
        await store.transaction(projector.name, async (unit) => {
          await projector.project(fresh, unit);
          unit.setCheckpoint(last);
        });
      } catch (error) {
        projector.forget();
        throw error;
      }
      checkpoints.set(projector.name, last);
    }),
  );
};

/** Every projector's checkpoint, read from the store. */
export const readCheckpoints = async (
  store: ReadModelStore,
  projectors: readonly Projector[],
): Promise<Map<string, number>> =>
  new Map(
    await Promise.all(
      projectors.map(
        async (projector) => [projector.name, await store.getCheckpoint(projector.name)] as const,
      ),
    ),
  );

export const minimumOf = (checkpoints: ReadonlyMap<string, number>): number =>
  checkpoints.size === 0 ? 0 : Math.min(...checkpoints.values());

/** Creates every index the projectors' collections declare (idempotent). */
export const ensureProjectorIndexes = async (
  store: ReadModelStore,
  projectors: readonly Projector[],
): Promise<void> => {
  for (const projector of projectors) {
    for (const [collection, indexes] of Object.entries(projector.collections)) {
      await store.ensureIndexes(collection, indexes);
    }
  }
};
