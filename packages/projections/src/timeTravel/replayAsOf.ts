import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DivisionCode } from '@gongkai/domain';
import type { EventStore, RecordedEvent } from '@gongkai/event-store';
import type { ReadModelStore } from '../readModelStore';
import { createSqliteReadModelStore } from '../readModelStore';
import type { ProjectionContext } from '../projectors/context';
import type { Projector } from '../projectors/types';
import { replayInto } from '../rebuild/replayInto';
import type { AsOf } from '../views/types';
import { asOfPredicate } from './asOf';

/** Which events a replay may skip: only these tenants' events (of streams with these prefixes), or only one stream's. */
export interface ReplayScope {
  tenants?: readonly DivisionCode[];
  streamPrefixes?: readonly string[];
  streamId?: string;
}

export interface AsOfReplay {
  /** The throwaway store, filled by the same projectors as the live one. */
  store: ReadModelStore;
  /** The highest position the replay considered (`asOf.position` capped at the head). */
  position: number;
  /** Events replayed. */
  events: number;
  /** Close the store and delete its file. */
  dispose(): Promise<void>;
}

export interface ReplayAsOfOptions {
  eventStore: EventStore;
  context: ProjectionContext;
  asOf: AsOf;
  scope?: ReplayScope;
  /** Fresh projectors for the throwaway store (the live ones hold caches of the live store). */
  createProjectors: (context: ProjectionContext) => Projector[];
  batchSize?: number;
}

const eventsOf = (
  eventStore: EventStore,
  scope: ReplayScope,
  position: number,
): AsyncIterable<RecordedEvent> => {
  if (scope.streamId !== undefined) return eventStore.readStream(scope.streamId);
  const filter = {
    ...(scope.tenants === undefined ? {} : { tenants: scope.tenants }),
    ...(scope.streamPrefixes === undefined ? {} : { streamPrefixes: scope.streamPrefixes }),
  };
  return eventStore.readAll({
    toPosition: position,
    ...(Object.keys(filter).length === 0 ? {} : { filter }),
  });
};

/**
 * Time travel: replays the events the as-of rule includes (only the scope's, where the view allows)
 * through fresh projectors into a throwaway store, so that the very view code that serves the live
 * view can answer from it. A store scoped to a few tenants lives in memory; an unscoped one (the
 * province, the nation) in a temporary file, as it may hold every item.
 */
export const replayAsOf = async (options: ReplayAsOfOptions): Promise<AsOfReplay> => {
  const { eventStore, context, asOf, scope = {} } = options;
  const head = await eventStore.headPosition();
  const position = Math.min(asOf.position ?? head, head);
  const scoped = scope.streamId !== undefined || (scope.tenants !== undefined && scope.tenants.length <= 32);
  const directory = scoped ? undefined : await mkdtemp(join(tmpdir(), 'gongkai-as-of-'));
  const store = await createSqliteReadModelStore({
    path: directory ? join(directory, 'read-models.sqlite') : ':memory:',
  });
  const dispose = async (): Promise<void> => {
    await store.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  };
  try {
    const projectors = options.createProjectors(context);
    for (const projector of projectors) projector.startEmpty();
    const { events } = await replayInto(store, projectors, eventsOf(eventStore, scope, position), {
      batchSize: options.batchSize ?? 10_000,
      chunkSize: 500,
      include: asOfPredicate({ ...asOf, position }),
    });
    return { store, position, events, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
};
