import type { RecordedEvent } from '@gongkai/event-store';
import type { ReadModelStore, UnitOfWork } from '../readModelStore';
import { toProjectedEvent } from '../projectors/readEvent';
import type { ProjectedEvent, Projector } from '../projectors/types';

export interface ReplayIntoOptions {
  /** Events per unit of work (one transaction per projector). */
  batchSize: number;
  /** Events folded at a time inside a unit: small, so that read events die young. */
  chunkSize: number;
  validateEvents?: boolean;
  /** Only events for which this holds are projected (the others are skipped). */
  include?: (event: RecordedEvent) => boolean;
  /** After each unit of work lands. */
  onBatch?: (batch: { events: number; position: number }) => void;
}

interface Units {
  units: UnitOfWork[];
  /** Ends the units with their checkpoint (or abandons them with the error) and waits for them to land. */
  close: (outcome: { checkpoint: number } | { error: unknown }) => Promise<void>;
}

/** One open unit of work per projector, for the caller to feed and then close. */
const openUnits = async (store: ReadModelStore, projectors: readonly Projector[]): Promise<Units> => {
  let finish!: (checkpoint: number) => void;
  let abandon!: (error: unknown) => void;
  const finished = new Promise<number>((resolve, reject) => {
    finish = resolve;
    abandon = reject;
  });
  finished.catch(() => undefined);
  const units: UnitOfWork[] = [];
  let open = 0;
  let opened!: () => void;
  const allOpen = new Promise<void>((resolve) => (opened = resolve));
  const landed = projectors.map((projector, index) =>
    store.transaction(projector.name, async (unit) => {
      units[index] = unit;
      if (++open === projectors.length) opened();
      unit.setCheckpoint(await finished);
    }),
  );
  const settled = Promise.all(landed);
  try {
    await Promise.race([allOpen, settled]);
  } catch (error) {
    // A unit could not open: abandon those that did, so that none waits for ever.
    abandon(error);
    await Promise.allSettled(landed);
    throw error;
  }
  return {
    units,
    close: async (outcome) => {
      if ('checkpoint' in outcome) finish(outcome.checkpoint);
      else abandon(outcome.error);
      await settled;
    },
  };
};

/** Reads events one ahead, so that no unit of work is opened for an exhausted stream. */
class Lookahead {
  private next: IteratorResult<RecordedEvent> | undefined;
  /** Position of the last event taken. */
  position = 0;

  constructor(private readonly iterator: AsyncIterator<RecordedEvent>) {}

  async exhausted(): Promise<boolean> {
    this.next ??= await this.iterator.next();
    return this.next.done === true;
  }

  /** Up to `max` events (fewer at the end), `included` ones projected; returns how many were read. */
  async take(max: number, chunk: ProjectedEvent[], options: ReplayIntoOptions): Promise<number> {
    let read = 0;
    while (read < max && !(await this.exhausted())) {
      const recorded = (this.next as IteratorYieldResult<RecordedEvent>).value;
      this.next = undefined;
      this.position = recorded.position;
      read++;
      if (!options.include || options.include(recorded)) {
        chunk.push(toProjectedEvent(recorded, { validate: options.validateEvents ?? false }));
      }
    }
    return read;
  }
}

/** Fills one unit per projector with up to `batchSize` events, folded `chunkSize` at a time. */
const fillUnits = async (
  projectors: readonly Projector[],
  units: readonly UnitOfWork[],
  events: Lookahead,
  options: ReplayIntoOptions,
): Promise<number> => {
  let inUnit = 0;
  let projected = 0;
  while (inUnit < options.batchSize && !(await events.exhausted())) {
    const chunk: ProjectedEvent[] = [];
    inUnit += await events.take(Math.min(options.chunkSize, options.batchSize - inUnit), chunk, options);
    // The unit's last chunk goes through even when empty: projectors write what they held for it.
    const moreFollow = inUnit < options.batchSize && !(await events.exhausted());
    if (chunk.length === 0 && moreFollow) continue;
    for (const [index, projector] of projectors.entries()) {
      const unit = units[index];
      if (unit) await projector.project(chunk, unit, { moreFollow });
    }
    projected += chunk.length;
  }
  return projected;
};

/** Units whose reads wait for the previous unit to land first (it may still be in flight). */
const readingAfter = (units: readonly UnitOfWork[], previous: () => Promise<void>): UnitOfWork[] =>
  units.map((unit) => ({
    get: async (collection, id) => {
      await previous();
      return unit.get(collection, id);
    },
    upsert: (collection, document, position) => unit.upsert(collection, document, position),
    patch: (collection, id, patch, position) => unit.patch(collection, id, patch, position),
    delete: (collection, id, position) => unit.delete(collection, id, position),
    setCheckpoint: (position) => unit.setCheckpoint(position),
  }));

/**
 * Replays events through the projectors in units of `batchSize` events, folding them `chunkSize`
 * at a time while the units are open: a unit of work (and a document write) per many events, yet
 * no event is held longer than its chunk. Returns the number of events projected and the last
 * position read; each unit's checkpoint is the last position it read.
 *
 * A unit lands while the next one is folded (a store across the network writes while this process
 * folds): units still land one after the other, in order, and a read waits for the unit before it.
 */
export const replayInto = async (
  store: ReadModelStore,
  projectors: readonly Projector[],
  events: AsyncIterable<RecordedEvent>,
  options: ReplayIntoOptions,
): Promise<{ events: number; position: number }> => {
  const lookahead = new Lookahead(events[Symbol.asyncIterator]());
  let projected = 0;
  let landing: Promise<void> = Promise.resolve();
  while (!(await lookahead.exhausted())) {
    const previous = landing;
    let filled: number;
    let units: Units | undefined;
    try {
      units = await openUnits(store, projectors);
      filled = await fillUnits(
        projectors,
        readingAfter(units.units, () => previous),
        lookahead,
        options,
      );
      await previous;
    } catch (error) {
      for (const projector of projectors) projector.forget();
      await units?.close({ error }).catch(() => undefined);
      // When the unit before failed, it is the cause (this one's reads waited for it).
      await previous;
      throw error;
    }
    projected += filled;
    const reached = { events: projected, position: lookahead.position };
    landing = units.close({ checkpoint: reached.position }).then(
      () => options.onBatch?.(reached),
      (error: unknown) => {
        // Cached documents hold the failed unit's changes (and the next one's, folded meanwhile).
        for (const projector of projectors) projector.forget();
        throw error;
      },
    );
    // Awaited once the next unit is folded (or below); until then its failure is not unhandled.
    landing.catch(() => undefined);
  }
  await landing;
  return { events: projected, position: lookahead.position };
};
