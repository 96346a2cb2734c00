import type { IsoDate } from '@gongkai/domain';
import type { EventStore, RecordedEvent } from '@gongkai/event-store';
import type {
  FindQuery,
  GroupCount,
  Page,
  ReadModelDocument,
  ReadModelStore,
  StoredDocument,
} from '../readModelStore';
import type { ProjectionContext } from '../projectors/context';
import type { CachedDocument } from '../projectors/documentCache';
import type { ProjectedEvent } from '../projectors/types';
import type { BusinessDatesDocument } from '../projectors/businessDatesProjector';
import { BUSINESS_DATES } from '../projectors/businessDatesProjector';
import { occurredOn, NATIONAL_TENANT } from '@gongkai/domain';
import { toProjectedEvent } from '../projectors/readEvent';
import { asOfPredicate } from '../timeTravel/asOf';
import type { CollectionFold } from './collectionFolds';
import { collectionFolds } from './collectionFolds';
import type { HistoryRow } from './documentHistory';
import { historyCollection } from './documentHistory';
import type { CountyDeltaDocument, CountyWithDeltas } from './countyDeltas';
import type { CountyDeltaCache } from './countyDeltasAsOf';
import type { HistoryRowCache } from './historyRowCache';
import { EventsAtPositions, readRows } from './historyRowCache';
import { countyFromDeltas, fetchDeltas } from './countyDeltasAsOf';

export const HISTORY_MISSING = 'HISTORY_MISSING';

/** The read models hold no history for a document: they were built before it was kept. */
export class HistoryMissingError extends Error {
  readonly code = HISTORY_MISSING;
  constructor(collection: string, id: string) {
    super(
      `The read models keep no history of ${collection} ${id}, so views "as of" cannot be answered: ` +
        'an operator rebuilds them (gongkai rebuild) and the query can be sent again; live views (without asOf) are unaffected.',
    );
    this.name = 'HistoryMissingError';
  }
}

export interface HistoryReadModelsOptions {
  live: ReadModelStore;
  eventStore: EventStore;
  context: ProjectionContext;
  /** Events with position ≤ `position` (already capped at the head) … */
  position: number;
  /** … and business date ≤ `date`, when given. */
  date?: IsoDate;
  /** Every live document includes every event of its fold up to here (the lowest checkpoint). */
  checkpoint: number;
  /** The delta buckets earlier views as of a date read (shared by the views of one store). */
  deltaCache?: CountyDeltaCache;
  /** The history rows earlier views as of read (shared likewise). */
  rowCache?: HistoryRowCache;
}

interface Start {
  position: number;
  state: CachedDocument | null;
  /** The event folded after `state` (none when `state` is the live document). */
  next: number | undefined;
}

type Row = StoredDocument<HistoryRow>;

const notServed = (what: string): Error =>
  new Error(`Time travel reads documents by id or tenant only; ${what} is not served "as of".`);

/**
 * The read models as they stood "as of" a position and a date, for the very view code that reads
 * the live ones: a document is the latest state its history kept that the as-of rule includes
 * whole, plus the few events after it the rule includes, folded by its projector's own fold.
 * Documents are found through the live store (a document that exists as of a past point exists now).
 */
export class HistoryReadModels implements ReadModelStore {
  private readonly included: (event: RecordedEvent) => boolean;
  private tailEvents: Promise<ProjectedEvent[]> | undefined;
  /** A view reads a document more than once (to list, then to read): each is computed once. */
  private readonly computed = new Map<string, Promise<CachedDocument | null>>();
  /**
   * The history rows of the documents this view reads, fetched with one query per read of a
   * collection rather than a few per document: a store without an index on the history (FerretDB
   * scans a collection per query) answers a province in one scan instead of hundreds.
   */
  private readonly rows = new Map<string, Promise<Map<string, Row[]>>>();
  /** The deltas of the counties this view reads as of a date, fetched likewise. */
  private readonly deltas = new Map<string, Promise<Map<string, CountyDeltaDocument[]>>>();

  /** The events after the kept states of the counties read, read together. */
  private readonly eventsAt: EventsAtPositions;

  constructor(private readonly options: HistoryReadModelsOptions) {
    this.eventsAt = new EventsAtPositions(options.eventStore);
    const { position, date } = options;
    this.included = asOfPredicate(date === undefined ? { position } : { position, date });
  }

  private foldOf(collection: string): CollectionFold {
    const fold = collectionFolds.get(collection);
    if (!fold) throw notServed(`collection ${collection}`);
    return fold;
  }

  async get<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    id: string,
  ): Promise<StoredDocument<T> | null> {
    const [document] = await this.getMany<T>(collection, [id]);
    return document ?? null;
  }

  async getMany<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    ids: readonly string[],
  ): Promise<(StoredDocument<T> | null)[]> {
    const fold = this.foldOf(collection);
    // A document this view computed already (listed by a find, say) is not read again.
    const unread = ids.filter((id) => !this.computed.has(`${collection}\0${id}`));
    const fetched = await this.options.live.getMany<T>(collection, unread);
    this.prefetch(fold, fetched);
    const live = new Map(unread.map((id, index) => [id, fetched[index] ?? null]));
    return Promise.all(
      ids.map((id) => {
        const computed = this.computed.get(`${collection}\0${id}`);
        if (computed !== undefined) return computed as Promise<StoredDocument<T> | null>;
        const document = live.get(id);
        return document ? this.asOf<T>(fold, document) : Promise.resolve(null);
      }),
    );
  }

  async find<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    query: FindQuery = {},
  ): Promise<StoredDocument<T>[]> {
    if (collection === BUSINESS_DATES)
      return [(await this.latestBusinessDate()) as unknown as StoredDocument<T>];
    const fold = this.foldOf(collection);
    if (query.limit !== undefined || query.after !== undefined) throw notServed('a limited find');
    const live = await this.options.live.find<T>(collection, query);
    this.prefetch(fold, live);
    const documents = await Promise.all(live.map((document) => this.asOf<T>(fold, document)));
    return documents.filter((document): document is Awaited<StoredDocument<T>> => document !== null);
  }

  findPage<T extends ReadModelDocument = ReadModelDocument>(): Promise<Page<T>> {
    return Promise.reject(notServed('a page'));
  }

  count(): Promise<number> {
    return Promise.reject(notServed('a count'));
  }

  countBy(): Promise<GroupCount[]> {
    return Promise.reject(notServed('a count'));
  }

  transaction(): Promise<void> {
    return Promise.reject(new Error('The read models "as of" are read-only.'));
  }

  getCheckpoint(projector: string): Promise<number> {
    return this.options.live.getCheckpoint(projector);
  }

  reset(): Promise<void> {
    return Promise.reject(new Error('The read models "as of" are read-only.'));
  }

  ensureIndexes(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * The latest business date of the events the rule includes. Only a report compiled as of a
   * position asks it (a view as of a date is judged on that date), once: read from the event store.
   */
  private async latestBusinessDate(): Promise<BusinessDatesDocument> {
    let latestOn: IsoDate = '';
    for await (const recorded of this.options.eventStore.readAll({ toPosition: this.options.position })) {
      if (!this.included(recorded)) continue;
      const on = occurredOn(recorded.metadata);
      if (on > latestOn) latestOn = on;
    }
    return {
      _id: 'latest',
      _position: this.options.position,
      tenant: NATIONAL_TENANT,
      ancestors: [],
      latestOn,
    };
  }

  private qualifies(position: number, latestOn: IsoDate | undefined): boolean {
    const { date } = this.options;
    return position <= this.options.position && (date === undefined || (latestOn ?? '') <= date);
  }

  /** The latest state of the document that the as-of rule includes whole. */
  private async start(fold: CollectionFold, live: CachedDocument): Promise<Start> {
    if (this.qualifies(live._position, live.latestEventOn)) {
      return { position: live._position, state: live, next: undefined };
    }
    const { position, date } = this.options;
    const states = (await this.rowsOf(fold, live._id)).filter(
      (row) => row.kind === 'state' && row.position <= position,
    );
    const latest = (rows: Row[]): Row | undefined =>
      rows.reduce<Row | undefined>(
        (best, row) =>
          best === undefined ||
          row.latestOn > best.latestOn ||
          (row.latestOn === best.latestOn && row.position > best.position)
            ? row
            : best,
        undefined,
      );
    const byPosition = [
      states.reduce<Row | undefined>(
        (best, row) => (best && best.position >= row.position ? best : row),
        undefined,
      ),
    ];
    const byDate = date === undefined ? [] : [latest(states.filter((row) => row.latestOn <= date))];
    const candidates = [byPosition[0], date === undefined ? byPosition[0] : byDate[0]];
    if (candidates.some((row) => row === undefined)) throw new HistoryMissingError(fold.collection, live._id);
    const row = (candidates as Row[]).reduce((a, b) => (b.position < a.position ? b : a));
    return { position: row.position, state: row.state ?? null, next: row.next };
  }

  private async lateRows(fold: CollectionFold, id: string, after: number): Promise<Row[]> {
    return (await this.rowsOf(fold, id)).filter(
      (row) => row.kind === 'late' && row.position > after && row.position <= this.options.position,
    );
  }

  /** Starts one query for the history rows of the documents read that the live state does not answer. */
  private prefetch(fold: CollectionFold, live: readonly (StoredDocument<ReadModelDocument> | null)[]): void {
    const ids = live.flatMap((document) => {
      if (document === null) return [];
      const cached = document as unknown as CachedDocument;
      const key = `${fold.collection}\0${cached._id}`;
      return this.rows.has(key) ||
        this.computed.has(key) ||
        this.qualifies(cached._position, cached.latestEventOn)
        ? []
        : [cached._id];
    });
    if (ids.length === 0) return;
    if (fold.deltas) {
      const wanted = new Set(ids);
      this.prefetchDeltas(
        live.filter(
          (document): document is StoredDocument<ReadModelDocument> =>
            document !== null && wanted.has(document._id),
        ) as unknown as CountyWithDeltas[],
      );
      return;
    }
    this.prefetchRows(
      fold,
      live.filter(
        (document): document is StoredDocument<ReadModelDocument> =>
          document !== null && ids.includes(document._id),
      ),
    );
  }

  /** The history rows of documents up to the position asked (see `readRows`). */
  private prefetchRows(fold: CollectionFold, documents: readonly StoredDocument<ReadModelDocument>[]): void {
    const { live, rowCache, position } = this.options;
    const fetched = readRows({ store: live, cache: rowCache }, fold.collection, documents, position);
    for (const document of documents) this.rows.set(`${fold.collection}\0${document._id}`, fetched);
  }

  /** Deltas for a date (one query for the counties read); a row per county for a position, when read. */
  private prefetchDeltas(counties: readonly CountyWithDeltas[]): void {
    const { date } = this.options;
    if (date === undefined) return;
    const missing = counties.filter((county) => !this.deltas.has(county._id));
    if (missing.length === 0) return;
    const fetched = fetchDeltas(this.options.live, missing, date, this.options.deltaCache);
    for (const county of missing) this.deltas.set(county._id, fetched);
  }

  /**
   * A county as of a position: the latest state its history kept at or before it, and the events of
   * the county after that state up to the position, found by position: the next state kept lists
   * them (or, past the last one, the county itself).
   */
  private async positionStart(
    fold: CollectionFold,
    live: CachedDocument,
  ): Promise<{ start: Start; events: RecordedEvent[] }> {
    const { position } = this.options;
    if (this.qualifies(live._position, undefined)) {
      return {
        start: { position: live._position, state: live, next: undefined },
        events: [],
      };
    }
    if (!(live as CountyWithDeltas).deltasKept) throw new HistoryMissingError(fold.collection, live._id);
    const kept = (direction: 'asc' | 'desc') =>
      this.options.live.find<HistoryRow>(historyCollection(fold.collection), {
        filter: {
          doc: live._id,
          kind: 'state',
          position: direction === 'desc' ? { $lte: position } : { $gt: position },
        },
        sort: [{ field: 'position', direction }],
        limit: 1,
      });
    const [[before], [after]] = await Promise.all([kept('desc'), kept('asc')]);
    if (before === undefined) throw new HistoryMissingError(fold.collection, live._id);
    const recent = ((after === undefined ? live.sinceKept : after.recent) ?? []).filter(
      (at) => at > before.position && at <= position,
    );
    return {
      start: { position: before.position, state: before.state ?? null, next: undefined },
      events: await this.eventsAt.read(recent),
    };
  }

  /** A county as of a date: its deltas summed (undefined: fold it from its events instead). */
  private async fromDeltas(live: CountyWithDeltas): Promise<CachedDocument | null | undefined> {
    const { date } = this.options;
    if (date === undefined || this.options.position < live._position) return undefined;
    if (this.qualifies(live._position, live.latestEventOn)) return live;
    if (!live.deltasKept) throw new HistoryMissingError('countyCatalogueDeltas', live._id);
    this.prefetchDeltas([live]);
    const buckets = (await this.deltas.get(live._id))?.get(live._id) ?? [];
    const environment = { eventStore: this.options.eventStore, context: this.options.context };
    return countyFromDeltas(live, buckets, date, environment);
  }

  /** The history rows (up to the position asked) of one document, from its prefetch or one query. */
  private async rowsOf(fold: CollectionFold, id: string): Promise<Row[]> {
    const key = `${fold.collection}\0${id}`;
    let fetched = this.rows.get(key);
    if (fetched === undefined) {
      fetched = this.options.live
        .find<HistoryRow>(historyCollection(fold.collection), {
          filter: { doc: id, position: { $lte: this.options.position } },
        })
        .then((rows) => new Map([[id, rows]]));
      this.rows.set(key, fetched);
    }
    return (await fetched).get(id) ?? [];
  }

  private async eventAt(position: number): Promise<RecordedEvent | undefined> {
    for await (const recorded of this.options.eventStore.readAll({
      fromPosition: position - 1,
      toPosition: position,
    })) {
      return recorded;
    }
    return undefined;
  }

  /** Events past the lowest checkpoint, up to the position asked (none when the read models are there). */
  private tail(): Promise<ProjectedEvent[]> {
    this.tailEvents ??= (async () => {
      const events: ProjectedEvent[] = [];
      if (this.options.position <= this.options.checkpoint) return events;
      for await (const recorded of this.options.eventStore.readAll({
        fromPosition: this.options.checkpoint,
        toPosition: this.options.position,
      })) {
        if (this.included(recorded)) events.push(toProjectedEvent(recorded));
      }
      return events;
    })();
    return this.tailEvents;
  }

  private asOf<T extends ReadModelDocument>(
    fold: CollectionFold,
    stored: StoredDocument<T>,
  ): Promise<StoredDocument<T> | null> {
    const key = `${fold.collection}\0${stored._id}`;
    let document = this.computed.get(key);
    if (document === undefined) {
      document = this.compute(fold, stored);
      this.computed.set(key, document);
    }
    // Every reader gets the one document: views only read what they are given (a copy per reader
    // was a fifth of a province's time travel).
    return document as Promise<StoredDocument<T> | null>;
  }

  /**
   * A document with more back-dated events than its history lists, asked at or past the first one
   * not listed: every event of it the rule includes, folded from the start.
   */
  private async fromTheStart(fold: CollectionFold, live: CachedDocument): Promise<CachedDocument | null> {
    const events: ProjectedEvent[] = [];
    for await (const recorded of this.options.eventStore.readAll({
      toPosition: this.options.position,
      filter: fold.scan(live),
    })) {
      const projected = toProjectedEvent(recorded);
      if (this.included(recorded) && fold.belongs(live, projected)) events.push(projected);
    }
    const environment = { eventStore: this.options.eventStore, context: this.options.context };
    return events.length === 0 ? null : fold.fold(null, events, 0, environment);
  }

  private async compute(fold: CollectionFold, live: CachedDocument): Promise<CachedDocument | null> {
    if (live.irregularFrom !== undefined && live.irregularFrom <= this.options.position) {
      return this.fromTheStart(fold, live);
    }
    if (fold.deltas && this.options.date !== undefined) {
      const summed = await this.fromDeltas(live as CountyWithDeltas);
      if (summed === undefined) return this.fromTheStart(fold, live);
      return this.withTail(fold, live, { position: live._position, state: summed, next: undefined }, []);
    }
    if (fold.deltas) {
      const { start, events } = await this.positionStart(fold, live);
      return this.withTail(fold, live, start, events);
    }
    const start = await this.start(fold, live);
    const recorded = start.next === undefined ? [] : await this.eventsAfter(fold, live, start);
    return this.withTail(fold, live, start, recorded);
  }

  /** The events after a kept state that the as-of rule includes (late ones listed by the history). */
  private async eventsAfter(
    fold: CollectionFold,
    live: CachedDocument,
    start: Start,
  ): Promise<RecordedEvent[]> {
    const recorded: RecordedEvent[] = [];
    const lateRows = await this.lateRows(fold, live._id, start.position);
    // The history kept the state before every event: only the event right after it may be a later
    // one the rule includes.
    const next =
      start.next !== undefined && start.next <= this.options.position
        ? await this.eventAt(start.next)
        : undefined;
    if (next && this.included(next)) recorded.push(next);
    const lateIncluded = lateRows.filter(
      (row) => this.options.date === undefined || row.latestOn <= this.options.date,
    );
    for (const row of lateIncluded) {
      if (recorded.some((event) => event.position === row.position)) continue;
      const event = await this.eventAt(row.position);
      if (event) recorded.push(event);
    }
    return recorded;
  }

  /** Folds into the start the events read after it and those past the lowest checkpoint. */
  private async withTail(
    fold: CollectionFold,
    live: CachedDocument,
    start: Start,
    recorded: RecordedEvent[],
  ): Promise<CachedDocument | null> {
    const events = recorded.sort((a, b) => a.position - b.position).map((event) => toProjectedEvent(event));
    const last = Math.max(live._position, start.position);
    for (const projected of await this.tail()) {
      if (projected.position > last && fold.belongs(live, projected)) events.push(projected);
    }
    if (events.length === 0) return start.state;
    const environment = { eventStore: this.options.eventStore, context: this.options.context };
    // The fold changes the state it is given: a kept state may be shared (the row cache).
    const state = start.state === null || start.state === live ? start.state : structuredClone(start.state);
    return fold.fold(state, events, start.position, environment);
  }
}
