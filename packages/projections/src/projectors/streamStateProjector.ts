import type { DomainEvent, StreamCategory } from '@gongkai/domain';
import type { IndexDefinition, UnitOfWork } from '../readModelStore';
import { HISTORY_INDEXES, historyCollection } from '../history/documentHistory';
import type { ProjectionContext } from './context';
import type { CachedDocument } from './documentCache';
import { DocumentCache } from './documentCache';
import type { ProjectedEvent, Projector } from './types';

export type StateDocument<S> = CachedDocument & { state: S };

export interface StreamStateProjectorOptions<S> {
  name: string;
  collection: string;
  category: StreamCategory;
  indexes?: readonly IndexDefinition[];
  initial: () => S;
  /** Pure fold; the domain's `evolve…` where there is one. Returns the next state. */
  evolve: (state: S, event: DomainEvent, projected: ProjectedEvent) => S;
  /** Documents kept in memory across batches (default 10,000). */
  cacheSize?: number;
}

/** The document of a stream before its first event. */
export const newStateDocument = <S>(
  context: ProjectionContext,
  options: Pick<StreamStateProjectorOptions<S>, 'initial'>,
  projected: ProjectedEvent,
): StateDocument<S> => ({
  _id: projected.recorded.streamId,
  _position: 0,
  tenant: projected.tenant,
  ancestors: context.ancestorsOf(projected.tenant),
  state: options.initial(),
});

/**
 * One document per stream of a category, holding a state folded from the stream's events (for
 * small aggregates: pilot units, national reports). `_id` is the stream id.
 */
class StreamStateProjector<S> implements Projector {
  readonly name: string;
  readonly categories: readonly StreamCategory[];
  readonly collections: Readonly<Record<string, readonly IndexDefinition[]>>;
  private readonly documents: DocumentCache<StateDocument<S>>;
  private readonly prefix: string;

  constructor(
    private readonly context: ProjectionContext,
    private readonly options: StreamStateProjectorOptions<S>,
  ) {
    this.name = options.name;
    this.categories = [options.category];
    this.collections = {
      [options.collection]: options.indexes ?? [],
      [historyCollection(options.collection)]: HISTORY_INDEXES,
    };
    // A small document with few events: its history keeps it before every event.
    this.documents = new DocumentCache(options.collection, options.cacheSize ?? 10_000, { historyEvery: 1 });
    this.prefix = `${options.category}-`;
  }

  async project(events: readonly ProjectedEvent[], unit: UnitOfWork): Promise<void> {
    const mine = events.filter((projected) => projected.recorded.streamId.startsWith(this.prefix));
    await this.documents.preload(
      unit,
      mine.map((projected) => projected.recorded.streamId),
    );
    for (const projected of mine) {
      const { streamId } = projected.recorded;
      const document =
        (await this.documents.load(unit, streamId)) ??
        this.documents.put(newStateDocument(this.context, this.options, projected));
      if (document._position >= projected.position) continue; // redelivered
      this.documents.observe(document, projected);
      document.state = this.options.evolve(document.state, projected.event, projected);
      this.documents.touch(document, projected.position);
    }
    DocumentCache.flush(unit, [this.documents]);
  }

  startEmpty(): void {
    this.documents.startEmpty();
  }

  forget(): void {
    this.documents.forget();
  }
}

export const createStreamStateProjector = <S>(
  context: ProjectionContext,
  options: StreamStateProjectorOptions<S>,
): Projector => new StreamStateProjector(context, options);
