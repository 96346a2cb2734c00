import type { IsoDate } from '@gongkai/domain';
import { occurredOn } from '@gongkai/domain';
import type { IndexDefinition, ReadModelDocument } from '../readModelStore';
import { PreparedDocument } from '../readModelStore/unitOfWork/serializeDocument';
import type { CachedDocument } from '../projectors/documentCache';
import type { ProjectedEvent } from '../projectors/types';

/** The history of a collection's documents: `<collection>History`, written by the same projector. */
export const historyCollection = (collection: string): string => `${collection}History`;

/** Indexes time travel looks rows up by: the last state at or before a position, or a date. */
export const HISTORY_INDEXES: readonly IndexDefinition[] = [
  ['doc', 'kind', 'position'],
  ['doc', 'kind', 'latestOn', 'position'],
];

/**
 * One row of a document's history.
 * - `state`: the document as it stood after the event at `position` (null and position 0: before
 *   its first event); `latestOn` is the latest business date folded into it, `next` the position of
 *   the event folded after it.
 * - `late`: an event at `position` whose business date `latestOn` is before one the document had
 *   already folded (a back-dated command): the only kind of event a view "as of" a date may include
 *   after the state it starts from.
 */
export interface HistoryRowFields {
  kind: 'state' | 'late';
  position: number;
  latestOn: IsoDate;
  next?: number;
  state?: CachedDocument | null;
  /** Kept every few events only (`positionsOnly`): the positions of the events folded since the previous state. */
  recent?: number[];
}

export type HistoryRow = ReadModelDocument & HistoryRowFields & { doc: string };

/** What the history keeps on the document itself (so that it survives restarts and rebuilds alike). */
export type HistoryFields = {
  /** The latest business date of the events folded in. */
  latestEventOn?: IsoDate;
  /** Events folded in. */
  foldedEvents?: number;
  /** Back-dated events listed as late rows. */
  lateEvents?: number;
  /**
   * Set once more than `maxLate` events were back-dated: the position of the first one not listed.
   * Time travel at or past it folds the document's events from the start instead.
   */
  irregularFrom?: number;
  /** Kept every few events only (`positionsOnly`): the positions of the events folded since the last state kept. */
  sinceKept?: number[];
};

/** Late rows kept per document; past them, time travel folds that document from its events. */
export const MAX_LATE_ROWS = 64;

interface PendingRow {
  row: HistoryRow | PreparedDocument;
  position: number;
}

/**
 * Records a collection's history while its projector folds events: before an event is folded into
 * a document, the document's state is kept when the event moves its latest business date forward
 * (a state per business day) or every `every` events (1: before every event); a back-dated event
 * is listed as late. With `positionsOnly`, only every `every` events (the county counters: time
 * travel to a date sums their deltas instead, see `countyDeltas`). Rows are written with the batch,
 * in the same unit of work as the documents.
 */
export class DocumentHistory {
  readonly collection: string;
  private pending: PendingRow[] = [];
  private lastInstant = '';
  private lastDate: IsoDate = '';

  constructor(
    collection: string,
    private readonly every: number,
    private readonly positionsOnly = false,
    private readonly maxLate: number = MAX_LATE_ROWS,
  ) {
    this.collection = historyCollection(collection);
  }

  private dateOf(occurredAt: string): IsoDate {
    if (occurredAt !== this.lastInstant) {
      this.lastInstant = occurredAt;
      this.lastDate = occurredOn({ occurredAt });
    }
    return this.lastDate;
  }

  private row(document: CachedDocument, fields: HistoryRowFields): HistoryRow {
    const { tenant, ancestors } = document;
    return {
      _id: `${document._id}@${fields.kind}@${fields.position}`,
      tenant,
      ancestors,
      doc: document._id,
      ...fields,
    };
  }

  /** Call before folding `projected` into `document` (every event of the document's fold, even one that changes nothing). */
  observe(document: CachedDocument & HistoryFields, projected: ProjectedEvent): void {
    const on = this.dateOf(projected.recorded.metadata.occurredAt);
    const { position } = projected;
    const latest = document.latestEventOn;
    const folded = document.foldedEvents ?? 0;
    if (latest === undefined || folded === 0) {
      const row = this.row(document, {
        kind: 'state',
        position: 0,
        latestOn: '',
        next: position,
        state: null,
      });
      this.pending.push({ row, position });
    } else if (this.positionsOnly) {
      if (folded % this.every === 0) {
        this.keepState(document, latest, position, document.sinceKept ?? []);
        document.sinceKept = [];
      }
    } else this.keepByDate(document, on, latest, position, folded);
    if (this.positionsOnly) (document.sinceKept ??= []).push(position);
    document.latestEventOn = latest === undefined || on > latest ? on : latest;
    document.foldedEvents = folded + 1;
  }

  /** A state per business day and every `every` events; a back-dated event listed as late. */
  private keepByDate(
    document: CachedDocument & HistoryFields,
    on: IsoDate,
    latest: IsoDate,
    position: number,
    folded: number,
  ): void {
    if (on < latest) {
      const late = document.lateEvents ?? 0;
      if (late < this.maxLate) {
        this.pending.push({ row: this.row(document, { kind: 'late', position, latestOn: on }), position });
        document.lateEvents = late + 1;
      } else document.irregularFrom ??= position;
    } else if (this.every <= 1 || on > latest || folded % this.every === 0) {
      this.keepState(document, latest, position);
    }
  }

  /**
   * The document as it stands, serialized now (a copy of the object to serialize at the end of the
   * batch cost three times as much: a county keeps a state every 100 of its events).
   */
  private keepState(
    document: CachedDocument & HistoryFields,
    latest: IsoDate,
    next: number,
    recent?: number[],
  ): void {
    const sinceKept = document.sinceKept;
    // `undefined` leaves the field out of the JSON, as deleting it from a copy did.
    if (sinceKept !== undefined) document.sinceKept = undefined;
    const row = PreparedDocument.of(
      this.row(document, {
        kind: 'state',
        position: document._position,
        latestOn: latest,
        next,
        state: document,
        ...(recent === undefined ? {} : { recent }),
      }),
    );
    if (sinceKept !== undefined) document.sinceKept = sinceKept;
    this.pending.push({ row, position: next });
  }

  /** The rows of this batch, to write with the documents (sorted with them by position). */
  take(): PendingRow[] {
    const rows = this.pending;
    this.pending = [];
    return rows;
  }

  forget(): void {
    this.pending = [];
  }
}
