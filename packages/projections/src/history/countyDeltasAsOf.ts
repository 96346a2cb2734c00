import type { IsoDate } from '@gongkai/domain';
import { occurredOn } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import type { ReadModelStore } from '../readModelStore';
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

/**
 * One query for the buckets of every county asked: its running total through the last month before
 * the date's (with any events), and its days of the date's month up to the date.
 */
export const fetchDeltas = async (
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
