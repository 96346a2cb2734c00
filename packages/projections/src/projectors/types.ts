import type { DomainEvent, StreamCategory } from '@gongkai/domain';
import type { RecordedEvent } from '@gongkai/event-store';
import type { IndexDefinition, UnitOfWork } from '../readModelStore';

/** A recorded event read once for every projector: upcast, with its tenant. */
export interface ProjectedEvent {
  recorded: RecordedEvent;
  /** The event at its current schema version. */
  event: DomainEvent;
  position: number;
  /** The tenant of its stream (`metadata.tenant`). */
  tenant: string;
}

export interface ProjectOptions {
  /**
   * More events follow in this same unit of work (a rebuild folds a unit's events in chunks): the
   * projector may hold its writes until the call without it, which ends the unit's events.
   */
  moreFollow?: boolean;
}

/**
 * A named projector: folds batches of events into documents of its own collections, in the unit of
 * work that also carries its checkpoint. A collection is written by one projector only.
 */
export interface Projector {
  /** Stable name: the checkpoint key. */
  readonly name: string;
  /** The collections it writes, with the indexes the views need on each. */
  readonly collections: Readonly<Record<string, readonly IndexDefinition[]>>;
  /** The stream categories it reads (a replay may read only these). */
  readonly categories: readonly StreamCategory[];
  /**
   * Project a batch: events in position order, all above the projector's checkpoint (a redelivered
   * event a document already saw is skipped by its `_position`). Writes go through `unit`.
   */
  project(events: readonly ProjectedEvent[], unit: UnitOfWork, options?: ProjectOptions): Promise<void>;
  /** The unit of work of the last batch did not land: drop documents cached across batches. */
  forget(): void;
  /** Its collections were just emptied or created: it need not look up documents it did not write. */
  startEmpty(): void;
}

export const collectionsOf = (projectors: readonly Projector[]): string[] =>
  projectors.flatMap((projector) => Object.keys(projector.collections));

/** True when the projector reads events of this stream. */
export const readsStream = (projector: Projector, streamId: string): boolean =>
  projector.categories.some((category) => streamId.startsWith(`${category}-`));
