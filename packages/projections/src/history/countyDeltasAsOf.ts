import type { IsoDate } from '@gongkai/domain';
import { occurredOn } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import type { Filter, ReadModelStore } from '../readModelStore';
import type { ProjectionContext } from '../projectors/context';
import type { CatalogueCounters } from '../projectors/catalogue/counters';
import type { CountyCatalogueDocument } from '../projectors/catalogue/countyCatalogue';
import { emptyCountyCatalogue } from '../projectors/catalogue/countyCatalogue';
import { foldCatalogueEvent } from '../projectors/catalogue/foldCatalogue';
import type { CatalogueItemDocument } from '../projectors/catalogue/itemDocument';
import { toProjectedEvent } from '../projectors/readEvent';
import type { CounterVector, Level1Counts } from './counterDeltas';
import {
  addLevel1,
  addSparse,
  addVector,
  applyDelta,
  flatten,
  level1NamesOf,
  unflatten,
  zeroVector,
} from './counterDeltas';
import type { CountyDeltaDocument, CountyWithDeltas } from './countyDeltas';
import { COUNTY_CATALOGUE_DELTAS, CountyWatch, deltaId } from './countyDeltas';

/** A county's counters as vectors: totals, and per area with the position that first touched it. */
interface SummedCounty {
  totals: CounterVector;
  level1: Level1Counts;
  areas: Map<string, { firstAt: number; counters: CounterVector; level1: Level1Counts }>;
}

const emptySum = (): SummedCounty => ({ totals: zeroVector(), level1: [], areas: new Map() });

const areaIn = (county: SummedCounty, area: string, firstAt: number) => {
  let entry = county.areas.get(area);
  if (!entry) {
    entry = { firstAt, counters: zeroVector(), level1: [] };
    county.areas.set(area, entry);
  }
  entry.firstAt = Math.min(entry.firstAt, firstAt);
  return entry;
};

/** Adds `sign` × ordinary counters (a county folded from scratch) into a sum. */
const addCounters = (
  into: { counters: CounterVector; level1: Level1Counts },
  counters: CatalogueCounters,
  sign: number,
) => {
  const vector = zeroVector();
  flatten(counters, vector);
  addVector(into.counters, vector, sign);
  addLevel1(into.level1, counters.level1Names, sign);
};

const previousMonth = (month: string): string => {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
};

/** The latest month with a running total before the date's month (undefined: none). */
const throughKeyOf = (county: CountyWithDeltas, date: IsoDate): string | undefined => {
  const before = previousMonth(date.slice(0, 7));
  return (county.deltaMonths ?? []).filter((month) => month <= before).at(-1);
};

/** A county's buckets read so far, valid while the county stays at `position`. */
interface CachedCounty {
  position: number;
  /** Running totals by key (`through` month), null where none is stored. */
  through: Map<string, CountyDeltaDocument | null>;
  /** Per month: its day buckets read, every one up to `upTo` (a date) included. */
  months: Map<string, { upTo: IsoDate; days: CountyDeltaDocument[] }>;
  size: number;
}

/**
 * The delta buckets views as of a date have read, shared by them all (one per `ViewQueries`): a
 * county's buckets change only in the unit of work that moves the county itself, so buckets read
 * while the county stood at a position are its buckets for as long as it stays there. A county that
 * has moved is read afresh. Buckets are kept as parsed and never changed (their sums are made
 * apart); the least recently read counties go first past `maxBuckets`.
 */
export class CountyDeltaCache {
  private readonly counties = new Map<string, CachedCounty>();
  private size = 0;

  constructor(private readonly maxBuckets = 20_000) {}

  /** The county's entry at the live county's position (a fresh one when it has moved). */
  entry(county: CountyWithDeltas): CachedCounty {
    let entry = this.counties.get(county._id);
    if (entry !== undefined) this.counties.delete(county._id);
    if (entry === undefined || entry.position !== county._position) {
      this.size -= entry?.size ?? 0;
      entry = { position: county._position, through: new Map(), months: new Map(), size: 0 };
    }
    this.counties.set(county._id, entry);
    return entry;
  }

  /**
   * Keeps what a query read for a county: its running totals `through`, and its day buckets of
   * `month` up to `upTo` (undefined: none were read). Returns the county's entry, or undefined when
   * the county has moved meanwhile (nothing is kept).
   */
  keep(
    county: CountyWithDeltas,
    through: readonly string[],
    month: string,
    upTo: IsoDate | undefined,
    read: readonly CountyDeltaDocument[],
  ): CachedCounty | undefined {
    const entry = this.counties.get(county._id);
    if (entry === undefined || entry.position !== county._position) return undefined;
    // A bucket past the county's position was written by a batch landing meanwhile: not kept.
    if (read.some((bucket) => bucket._position > county._position)) return undefined;
    for (const id of through) entry.through.set(id, read.find((bucket) => bucket._id === id) ?? null);
    const known = entry.months.get(month);
    // Two views of the county in flight at once may both have read a day: each day is kept once.
    const seen = new Set(known?.days.map((bucket) => bucket._id));
    const days = read.filter((bucket) => bucket.kind === 'day' && !seen.has(bucket._id));
    if (upTo !== undefined) {
      entry.months.set(month, {
        upTo: known !== undefined && known.upTo > upTo ? known.upTo : upTo,
        days: [...(known?.days ?? []), ...days],
      });
    }
    const added = through.length + days.length;
    entry.size += added;
    this.size += added;
    for (const [id, oldest] of this.counties) {
      if (this.size <= this.maxBuckets || oldest === entry) break;
      this.counties.delete(id);
      this.size -= oldest.size;
    }
    return entry;
  }
}

/** What a county still needs read for a date: its running total's id, and days after `after`. */
interface Wanted {
  county: CountyWithDeltas;
  through: string[];
  /** Day buckets after this date (exclusive) up to the date asked; undefined: none needed. */
  after: IsoDate | undefined;
}

/** What the cache lacks of a county's buckets for a date. */
const wantedOf = (cache: CountyDeltaCache, county: CountyWithDeltas, date: IsoDate): Wanted => {
  const entry = cache.entry(county);
  const key = throughKeyOf(county, date);
  const id = key === undefined ? undefined : deltaId(county._id, 'through', key);
  const known = entry.months.get(date.slice(0, 7));
  return {
    county,
    through: id === undefined || entry.through.has(id) ? [] : [id],
    after: known === undefined ? `${date.slice(0, 7)}-00` : known.upTo < date ? known.upTo : undefined,
  };
};

/** The query's clauses: the running totals by id, the days by county (those with the same start together). */
const clausesOf = (wanted: readonly Wanted[], date: IsoDate): Filter[] => {
  const byAfter = new Map<IsoDate, string[]>();
  for (const { county, after } of wanted) {
    if (after !== undefined) byAfter.set(after, [...(byAfter.get(after) ?? []), county._id]);
  }
  const through = wanted.flatMap((want) => want.through);
  return [
    ...(through.length === 0 ? [] : [{ _id: { $in: through } }]),
    ...[...byAfter].map(([after, ids]) => ({
      doc: { $in: ids },
      kind: 'day',
      key: { $gt: after, $lte: date },
    })),
  ];
};

/**
 * One query for the buckets of every county asked: its running total through the last month before
 * the date's (with any events), and its days of the date's month up to the date.
 */
const readDeltas = async (
  store: ReadModelStore,
  counties: readonly CountyWithDeltas[],
  date: IsoDate,
): Promise<Map<string, CountyDeltaDocument[]>> => {
  const month = date.slice(0, 7);
  const through = counties.flatMap((county) => {
    const key = throughKeyOf(county, date);
    return key === undefined ? [] : [deltaId(county._id, 'through', key)];
  });
  const ids = counties.map((county) => county._id);
  const buckets = await store.find<CountyDeltaDocument>(COUNTY_CATALOGUE_DELTAS, {
    filter: {
      $or: [
        ...(through.length === 0 ? [] : [{ _id: { $in: through } }]),
        { doc: { $in: ids }, kind: 'day', key: { $gte: `${month}-01`, $lte: date } },
      ],
    },
  });
  const byCounty = new Map<string, CountyDeltaDocument[]>(ids.map((id) => [id, []]));
  for (const bucket of buckets) byCounty.get(bucket.doc)?.push(bucket);
  return byCounty;
};

/**
 * The buckets each county asked sums to as of `date`: its running total through the last month
 * before the date's, and its days of the date's month up to the date. With a cache, one query reads
 * only what the cache does not hold yet (nothing, for a month and day already read).
 */
export const fetchDeltas = async (
  store: ReadModelStore,
  counties: readonly CountyWithDeltas[],
  date: IsoDate,
  cache?: CountyDeltaCache,
): Promise<Map<string, CountyDeltaDocument[]>> => {
  if (cache === undefined) return readDeltas(store, counties, date);
  const month = date.slice(0, 7);
  const wanted = counties.map((county) => wantedOf(cache, county, date));
  const clauses = clausesOf(wanted, date);
  const read =
    clauses.length === 0
      ? []
      : await store.find<CountyDeltaDocument>(COUNTY_CATALOGUE_DELTAS, { filter: { $or: clauses } });
  const readBy = new Map<string, CountyDeltaDocument[]>(counties.map((county) => [county._id, []]));
  for (const bucket of read) readBy.get(bucket.doc)?.push(bucket);
  const byCounty = new Map<string, CountyDeltaDocument[]>();
  const moved: CountyWithDeltas[] = [];
  for (const { county, through: ids, after } of wanted) {
    const upTo = after === undefined ? undefined : date;
    const entry = cache.keep(county, ids, month, upTo, readBy.get(county._id) ?? []);
    if (entry === undefined) {
      moved.push(county);
      continue;
    }
    const key = throughKeyOf(county, date);
    const total = key === undefined ? null : entry.through.get(deltaId(county._id, 'through', key));
    const days = (entry.months.get(month)?.days ?? []).filter((bucket) => bucket.key <= date);
    byCounty.set(county._id, total ? [total, ...days] : days);
  }
  // A county that moved while it was read is read again, whole, past the cache.
  if (moved.length > 0)
    for (const [id, buckets] of await readDeltas(store, moved, date)) byCounty.set(id, buckets);
  return byCounty;
};

/**
 * What an item whose events are dated out of order adds to its county as of `date`, and what its
 * deltas (each event's change, folded in position order) say it adds: the first replaces the
 * second. Null when the date leaves an event of the item without the draft it applies to (the
 * county's very existence and areas then depend on it): the caller folds the county instead.
 */
const itemCorrection = async (
  streamId: string,
  upTo: number,
  date: IsoDate,
  { eventStore, context }: { eventStore: EventStore; context: ProjectionContext },
): Promise<{ actual: CountyCatalogueDocument; recorded: SummedCounty } | null> => {
  const whole = emptyCountyCatalogue('', []);
  const dated = emptyCountyCatalogue('', []);
  const recorded = emptySum();
  const watch = new CountyWatch();
  let item: CatalogueItemDocument | null = null;
  let itemAsOf: CatalogueItemDocument | null = null;
  for await (const event of eventStore.readStream(streamId)) {
    if (event.position > upTo) break;
    const projected = toProjectedEvent(event);
    const data = projected.event.data as { areaCode?: string };
    const area = item?.area ?? data.areaCode ?? '';
    watch.start(whole, area, level1NamesOf(item?.level1Name, data), true);
    item = foldCatalogueEvent(projected, item, whole, context);
    if (occurredOn(event.metadata) > date) continue;
    const changes = watch.deltas(whole);
    applyDelta(recorded.totals, recorded.level1, changes.totals);
    if (changes.area) {
      const entry = areaIn(recorded, area, event.position);
      applyDelta(entry.counters, entry.level1, changes.area);
    }
    if (itemAsOf === null && projected.event.type !== 'CatalogueItemDrafted') return null;
    itemAsOf = foldCatalogueEvent(projected, itemAsOf, dated, context);
  }
  return { actual: dated, recorded };
};

/**
 * A county's counters as of a date (every event of it up to the live document, position-wise):
 * the sum of its buckets, with its out-of-order items corrected. Null when it had no event by then;
 * undefined when the county must be folded from its events instead.
 */
export const countyFromDeltas = async (
  live: CountyWithDeltas,
  buckets: readonly CountyDeltaDocument[],
  date: IsoDate,
  environment: { eventStore: EventStore; context: ProjectionContext },
): Promise<CountyCatalogueDocument | null | undefined> => {
  if (live.tooIrregular) return undefined;
  if (buckets.length === 0) return null;
  const sum = emptySum();
  for (const bucket of buckets) {
    addSparse(sum.totals, bucket.totals);
    addLevel1(sum.level1, bucket.level1);
    for (const { area, firstAt, counters, level1 } of bucket.areas) {
      const entry = areaIn(sum, area, firstAt);
      addSparse(entry.counters, counters);
      addLevel1(entry.level1, level1);
    }
  }
  for (const streamId of live.irregularItems ?? []) {
    const correction = await itemCorrection(streamId, live._position, date, environment);
    if (correction === null) return undefined;
    const { actual, recorded } = correction;
    addCounters({ counters: sum.totals, level1: sum.level1 }, actual.totals, 1);
    addVector(sum.totals, recorded.totals, -1);
    addLevel1(sum.level1, recorded.level1, -1);
    for (const { area, counters } of actual.areas) {
      const entry = sum.areas.get(area);
      if (entry) addCounters(entry, counters, 1);
    }
    for (const [area, { counters, level1 }] of recorded.areas) {
      const entry = sum.areas.get(area);
      if (!entry) continue;
      addVector(entry.counters, counters, -1);
      addLevel1(entry.level1, level1, -1);
    }
  }
  const county = emptyCountyCatalogue(live.tenant, live.ancestors);
  county._id = live._id;
  county._position = live._position;
  county.totals = unflatten(sum.totals, sum.level1);
  county.areas = [...sum.areas]
    .sort(([, a], [, b]) => a.firstAt - b.firstAt)
    .map(([area, { counters, level1 }]) => ({ area, counters: unflatten(counters, level1) }));
  return county;
};
