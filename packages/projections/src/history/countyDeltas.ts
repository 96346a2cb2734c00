import type { IsoDate } from '@gongkai/domain';
import { occurredOn } from '@gongkai/domain';
import type { IndexDefinition, UnitOfWork } from '../readModelStore';
import type { CachedDocument } from '../projectors/documentCache';
import { DocumentCache } from '../projectors/documentCache';
import type { ProjectedEvent } from '../projectors/types';
import type { CatalogueCounters } from '../projectors/catalogue/counters';
import type { CountyCatalogueDocument } from '../projectors/catalogue/countyCatalogue';
import type { CounterDelta, CounterVector, Level1Counts, SparseVector } from './counterDeltas';
import {
  addLevel1,
  addSparse,
  applySparseDelta,
  CounterWatch,
  level1NamesOf,
  toSparse,
  zeroVector,
} from './counterDeltas';

/**
 * What every catalogue event changed in its county's counters, summed per county and business day
 * and per county and month, with the running total through each month (recomputed from the months
 * at the end of every batch): a county "as of" a date is its running total through the month before
 * the date's plus its days of that month up to the date (at most 1 + 31 small documents), however
 * far back the events were dated when they were recorded.
 */
export const COUNTY_CATALOGUE_DELTAS = 'countyCatalogueDeltas';

export const COUNTY_DELTA_INDEXES: readonly IndexDefinition[] = [['doc', 'kind', 'key']];

/** A county's counters whose items have events dated out of order are corrected item by item. */
export const MAX_IRREGULAR_ITEMS = 256;

/** A day's or a month's change, or the running total through a month (the sum of its months so far). */
export type DeltaKind = 'day' | 'month' | 'through';

export interface AreaDelta {
  area: string;
  /** Position of the first event of the bucket that touched the area (areas are listed in that order). */
  firstAt: number;
  counters: SparseVector;
  level1: Level1Counts;
}

export type CountyDeltaDocument = CachedDocument & {
  /** The county (its `countyCatalogues` id). */
  doc: string;
  kind: DeltaKind;
  /** `YYYY-MM-DD` (day) or `YYYY-MM` (month, through). */
  key: string;
  /** The change of the county's totals (see `counterDeltas`). */
  totals: SparseVector;
  level1: Level1Counts;
  areas: AreaDelta[];
};

/** What the deltas keep on the county document itself. */
export type CountyDeltaFields = {
  /** Set on a county whose every event went into its deltas (one projected before them has none). */
  deltasKept?: boolean;
  /** Items with an event dated before an earlier event of theirs: their deltas need correcting. */
  irregularItems?: string[];
  /** More than `MAX_IRREGULAR_ITEMS` of them: time travel by date folds the county from its events. */
  tooIrregular?: boolean;
  /** The months with a month bucket, in order (each also has its running total, kind `through`). */
  deltaMonths?: string[];
};

export type CountyWithDeltas = CountyCatalogueDocument & CountyDeltaFields;

/** The id of a county's bucket. */
export const deltaId = (county: string, kind: DeltaKind, key: string): string => `${county}@${kind}@${key}`;

/** The counters of an area, or undefined when the county has none. */
const areaOf = (county: CountyCatalogueDocument, area: string): CatalogueCounters | undefined =>
  county.areas.find((entry) => entry.area === area)?.counters;

/** What an event changes in a county's counters: start before folding it, read the deltas after. */
export class CountyWatch {
  private readonly totals = new CounterWatch();
  private readonly areaWatch = new CounterWatch();
  area: string | null = null;
  private areaAsTotals = false;

  /**
   * `area`: the item's (null: the event has no item); `names`: the level-1 names it may move.
   * `itemEvent`: an event of the item in `area` (not feedback on the pilot): the fold then moves the
   * area's counters exactly as the totals (`countyCatalogue.bothOf`; an item never changes area), so
   * the area's change is the totals' and is not computed twice.
   */
  start(
    county: CountyCatalogueDocument,
    area: string | null,
    names: readonly string[],
    itemEvent = false,
  ): void {
    this.area = area;
    this.areaAsTotals = itemEvent;
    this.totals.start(county.totals, names);
    if (area !== null && !itemEvent) this.areaWatch.start(areaOf(county, area), names);
  }

  deltas(county: CountyCatalogueDocument): { totals: CounterDelta; area: CounterDelta | null } {
    const after = this.area === null ? undefined : areaOf(county, this.area);
    const totals = this.totals.delta(county.totals);
    if (after === undefined) return { totals, area: null };
    return { totals, area: this.areaAsTotals ? totals : this.areaWatch.delta(after) };
  }
}

/**
 * Keeps the deltas while the catalogue projector folds: call `before` ahead of folding an event into
 * the county's counters and `record` after it. The buckets are written with the batch, in the same
 * unit of work as the counters.
 */
export class CountyDeltas {
  readonly buckets: DocumentCache<CountyDeltaDocument>;
  private readonly watch = new CountyWatch();
  /** Counties whose months changed in this batch, with the earliest month changed. */
  private readonly monthsChanged = new Map<string, { county: CountyWithDeltas; from: string }>();
  private lastInstant = '';
  private lastDate: IsoDate = '';

  /** `cacheSize`: buckets kept in memory across batches (see `CatalogueProjectorOptions`). */
  constructor(cacheSize: number) {
    this.buckets = new DocumentCache(COUNTY_CATALOGUE_DELTAS, cacheSize);
  }

  private dateOf(projected: ProjectedEvent): IsoDate {
    const { occurredAt } = projected.recorded.metadata;
    if (occurredAt !== this.lastInstant) {
      this.lastInstant = occurredAt;
      this.lastDate = occurredOn({ occurredAt });
    }
    return this.lastDate;
  }

  private idsOf(projected: ProjectedEvent): [string, string] {
    const on = this.dateOf(projected);
    return [deltaId(projected.tenant, 'day', on), deltaId(projected.tenant, 'month', on.slice(0, 7))];
  }

  /** Looks the batch's buckets up at once (see `DocumentCache.preload`). */
  preload(unit: UnitOfWork, events: readonly ProjectedEvent[]): Promise<void> {
    return this.buckets.preload(
      unit,
      events.flatMap((projected) => this.idsOf(projected)),
    );
  }

  /** Call before folding an event into the county's counters (`item`: before it, null for none). */
  before(
    county: CountyWithDeltas,
    projected: ProjectedEvent,
    item: { area: string; level1Name: string } | null,
  ): void {
    if (county._position === 0 && county.foldedEvents === undefined) county.deltasKept = true;
    const data = projected.event.data as { areaCode?: string };
    const area = item?.area ?? data.areaCode ?? null;
    const itemEvent = projected.event.type !== 'PilotFeedbackRecorded';
    this.watch.start(county, area, area === null ? [] : level1NamesOf(item?.level1Name, data), itemEvent);
  }

  /**
   * Call after folding it; `item`: the item after it (its latest business date is kept on it).
   * The event's buckets must be preloaded (`preload`).
   */
  record(county: CountyWithDeltas, projected: ProjectedEvent, item: CachedDocument | null): void {
    const on = this.dateOf(projected);
    if (item !== null) this.noteItemDate(county, item, on);
    const changes = this.watch.deltas(county);
    const [dayId, monthId] = this.idsOf(projected);
    this.addToBucket(county, projected, on, 'day', dayId, changes);
    this.addToBucket(county, projected, on, 'month', monthId, changes);
  }

  private addToBucket(
    county: CountyWithDeltas,
    projected: ProjectedEvent,
    on: IsoDate,
    kind: DeltaKind,
    id: string,
    changes: { totals: CounterDelta; area: CounterDelta | null },
  ): void {
    const bucket = this.buckets.preloaded(id) ?? this.newBucket(county, kind, on);
    if (bucket._position >= projected.position) return; // redelivered
    if (kind === 'month') this.noteMonth(county, bucket.key);
    applySparseDelta(bucket.totals, bucket.level1, changes.totals);
    const area = this.watch.area;
    if (area !== null && changes.area !== null) {
      let entry = bucket.areas.find((candidate) => candidate.area === area);
      if (!entry) {
        entry = { area, firstAt: projected.position, counters: [], level1: [] };
        bucket.areas.push(entry);
      }
      applySparseDelta(entry.counters, entry.level1, changes.area);
    }
    this.buckets.touch(bucket, projected.position);
  }

  private newBucket(county: CountyWithDeltas, kind: DeltaKind, on: IsoDate): CountyDeltaDocument {
    const bucket = this.buckets.put(emptyBucket(county, kind, kind === 'day' ? on : on.slice(0, 7)));
    if (kind === 'month') county.deltaMonths = [...(county.deltaMonths ?? []), bucket.key].sort();
    return bucket;
  }

  private noteMonth(county: CountyWithDeltas, month: string): void {
    const changed = this.monthsChanged.get(county._id);
    if (changed === undefined) this.monthsChanged.set(county._id, { county, from: month });
    else if (month < changed.from) changed.from = month;
  }

  /**
   * Call once the batch is folded: the running totals from the earliest month it changed on, each
   * written at the position of the last event it sums (as however the events were batched).
   */
  async finishBatch(unit: UnitOfWork): Promise<void> {
    for (const { county, from } of this.monthsChanged.values()) {
      const running: RunningTotals = { totals: zeroVector(), level1: [], areas: [] };
      let position = 0;
      for (const month of county.deltaMonths ?? []) {
        const bucket = await this.buckets.load(unit, deltaId(county._id, 'month', month));
        if (bucket) {
          addBucket(running, bucket);
          position = Math.max(position, bucket._position);
        }
        if (month < from) continue;
        const id = deltaId(county._id, 'through', month);
        const through =
          (await this.buckets.load(unit, id)) ?? this.buckets.put(emptyBucket(county, 'through', month));
        through.totals = toSparse(running.totals);
        through.level1 = running.level1.map(([name, count]) => [name, count]);
        through.areas = running.areas.map((area) => ({
          ...area,
          counters: toSparse(area.counters),
          level1: area.level1.map(([name, count]) => [name, count]),
        }));
        this.buckets.touch(through, position);
      }
    }
    this.monthsChanged.clear();
  }

  forget(): void {
    this.buckets.forget();
    this.monthsChanged.clear();
  }

  private noteItemDate(county: CountyWithDeltas, item: CachedDocument, on: IsoDate): void {
    const latest = item.latestEventOn;
    if (latest === undefined || on >= latest) {
      item.latestEventOn = on;
      return;
    }
    if (county.tooIrregular || county.irregularItems?.includes(item._id)) return;
    if ((county.irregularItems?.length ?? 0) >= MAX_IRREGULAR_ITEMS) county.tooIrregular = true;
    else (county.irregularItems ??= []).push(item._id);
  }
}

const emptyBucket = (county: CountyCatalogueDocument, kind: DeltaKind, key: string): CountyDeltaDocument => {
  return {
    _id: deltaId(county.tenant, kind, key),
    _position: 0,
    tenant: county.tenant,
    ancestors: county.ancestors,
    doc: county._id,
    kind,
    key,
    totals: [],
    level1: [],
    areas: [],
  };
};

/** Buckets summed: dense vectors (see `counterDeltas`). */
export interface RunningTotals {
  totals: CounterVector;
  level1: Level1Counts;
  areas: { area: string; firstAt: number; counters: CounterVector; level1: Level1Counts }[];
}

/** Adds a bucket into running totals (areas by name, the earliest first position kept). */
export const addBucket = (
  into: RunningTotals,
  bucket: Pick<CountyDeltaDocument, 'totals' | 'level1' | 'areas'>,
): void => {
  addSparse(into.totals, bucket.totals);
  addLevel1(into.level1, bucket.level1);
  for (const { area, firstAt, counters, level1 } of bucket.areas) {
    let entry = into.areas.find((candidate) => candidate.area === area);
    if (!entry) {
      entry = { area, firstAt, counters: zeroVector(), level1: [] };
      into.areas.push(entry);
    }
    entry.firstAt = Math.min(entry.firstAt, firstAt);
    addSparse(entry.counters, counters);
    addLevel1(entry.level1, level1);
  }
};
