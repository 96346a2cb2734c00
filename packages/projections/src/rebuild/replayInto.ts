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

/**
 * Replays events through the projectors in units of `batchSize` events, folding them `chunkSize`
 * at a time while the units are open: a unit of work (and a document write) per many events, yet
 * no event is held longer than its chunk. Returns the number of events projected and the last
 * position read; each unit's checkpoint is the last position it read.
 */
export const replayInto = async (
  store: ReadModelStore,
  projectors: readonly Projector[],
  events: AsyncIterable<RecordedEvent>,
  options: ReplayIntoOptions,
): Promise<{ events: number; position: number }> => {
  const lookahead = new Lookahead(events[Symbol.asyncIterator]());
  let projected = 0;
  while (!(await lookahead.exhausted())) {
    const { units, close } = await openUnits(store, projectors);
    try {
      projected += await fillUnits(projectors, units, lookahead, options);
    } catch (error) {
      for (const projector of projectors) projector.forget();
      await close({ error }).catch(() => undefined);
      throw error;
    }
    await close({ checkpoint: lookahead.position });
    options.onBatch?.({ events: projected, position: lookahead.position });
  }
  return { events: projected, position: lookahead.position };
};
