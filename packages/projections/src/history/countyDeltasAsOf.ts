import type { IsoDate } from '@gongkai/domain';
import { occurredOn } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import type { ReadModelStore } from '../readModelStore';
import type { ProjectionContext } from '../projectors/context';
import type { CatalogueCounters } from '../projectors/catalogue/counters';
import { emptyCounters } from '../projectors/catalogue/counters';
import type { CountyCatalogueDocument } from '../projectors/catalogue/countyCatalogue';
import { emptyCountyCatalogue } from '../projectors/catalogue/countyCatalogue';
import { foldCatalogueEvent } from '../projectors/catalogue/foldCatalogue';
import type { CatalogueItemDocument } from '../projectors/catalogue/itemDocument';
import { toProjectedEvent } from '../projectors/readEvent';
import { addSigned, applyDelta, normalizeLevel1 } from './counterDeltas';
import type { CountyDeltaDocument, CountyWithDeltas } from './countyDeltas';
import { changesSince, COUNTY_CATALOGUE_DELTAS, snapshotOf } from './countyDeltas';

/** Signed counters of a county: totals, and per area with the position that first touched it. */
interface SignedCounty {
  totals: CatalogueCounters;
  areas: Map<string, { firstAt: number; counters: CatalogueCounters }>;
}

const emptySigned = (): SignedCounty => ({ totals: emptyCounters(), areas: new Map() });

const areaIn = (county: SignedCounty, area: string, firstAt: number): CatalogueCounters => {
  let entry = county.areas.get(area);
  if (!entry) {
    entry = { firstAt, counters: emptyCounters() };
    county.areas.set(area, entry);
  }
  entry.firstAt = Math.min(entry.firstAt, firstAt);
  return entry.counters;
};

/** One query for the buckets of every county asked: its months before the date's, its days up to it. */
export const fetchDeltas = async (
  store: ReadModelStore,
  counties: readonly string[],
  date: IsoDate,
): Promise<Map<string, CountyDeltaDocument[]>> => {
  const month = date.slice(0, 7);
  const buckets = await store.find<CountyDeltaDocument>(COUNTY_CATALOGUE_DELTAS, {
    filter: {
      doc: { $in: counties },
      $or: [
        { kind: 'month', key: { $lt: month } },
        { kind: 'day', key: { $gte: `${month}-01`, $lte: date } },
      ],
    },
  });
  const byCounty = new Map<string, CountyDeltaDocument[]>(counties.map((county) => [county, []]));
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
): Promise<{ actual: SignedCounty; recorded: SignedCounty } | null> => {
  const whole = emptyCountyCatalogue('', []);
  const dated = emptyCountyCatalogue('', []);
  const recorded = emptySigned();
  let item: CatalogueItemDocument | null = null;
  let itemAsOf: CatalogueItemDocument | null = null;
  for await (const event of eventStore.readStream(streamId)) {
    if (event.position > upTo) break;
    const projected = toProjectedEvent(event);
    const included = occurredOn(event.metadata) <= date;
    const area = item?.area ?? (projected.event.data as { areaCode: string }).areaCode;
    const snapshot = snapshotOf(whole, area);
    item = foldCatalogueEvent(projected, item, whole, context);
    if (!included) continue;
    const changes = changesSince(whole, snapshot);
    applyDelta(recorded.totals, changes.totals);
    if (changes.area) applyDelta(areaIn(recorded, area, event.position), changes.area);
    if (itemAsOf === null && projected.event.type !== 'CatalogueItemDrafted') return null;
    itemAsOf = foldCatalogueEvent(projected, itemAsOf, dated, context);
  }
  const actual = emptySigned();
  addSigned(actual.totals, dated.totals);
  for (const { area, counters } of dated.areas) addSigned(areaIn(actual, area, 0), counters);
  return { actual, recorded };
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
  const sum = emptySigned();
  for (const bucket of buckets) {
    addSigned(sum.totals, bucket.totals);
    for (const { area, firstAt, counters } of bucket.areas) addSigned(areaIn(sum, area, firstAt), counters);
  }
  for (const streamId of live.irregularItems ?? []) {
    const correction = await itemCorrection(streamId, live._position, date, environment);
    if (correction === null) return undefined;
    for (const [part, sign] of [
      [correction.actual, 1],
      [correction.recorded, -1],
    ] as const) {
      addSigned(sum.totals, part.totals, sign);
      for (const [area, { counters }] of part.areas) {
        const entry = sum.areas.get(area);
        if (entry) addSigned(entry.counters, counters, sign);
      }
    }
  }
  const county = emptyCountyCatalogue(live.tenant, live.ancestors);
  county._id = live._id;
  county._position = live._position;
  county.totals = normalizeLevel1(sum.totals);
  county.areas = [...sum.areas]
    .sort(([, a], [, b]) => a.firstAt - b.firstAt)
    .map(([area, { counters }]) => ({ area, counters: normalizeLevel1(counters) }));
  return county;
};
