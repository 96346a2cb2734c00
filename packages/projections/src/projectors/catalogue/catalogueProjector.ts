import type { UnitOfWork } from '../../readModelStore';
import { HISTORY_INDEXES, historyCollection } from '../../history/documentHistory';
import type { CountyWithDeltas } from '../../history/countyDeltas';
import { COUNTY_CATALOGUE_DELTAS, COUNTY_DELTA_INDEXES, CountyDeltas } from '../../history/countyDeltas';
import type { ProjectionContext } from '../context';
import { DocumentCache } from '../documentCache';
import type { ProjectedEvent, ProjectOptions, Projector } from '../types';
import { COUNTY_CATALOGUES, emptyCountyCatalogue } from './countyCatalogue';
import { CATALOGUE_STREAM_PREFIX, foldCatalogueEvent, isCatalogueEvent } from './foldCatalogue';
import type { CatalogueItemDocument } from './itemDocument';
import { CATALOGUE_ITEMS, catalogueSortFields } from './itemDocument';

export const CATALOGUE_PROJECTOR = 'catalogue';

const STREAM_PREFIX = CATALOGUE_STREAM_PREFIX;

/**
 * A county's counters are kept in its history every this many of its events (time travel to a
 * position starts there); time travel to a date sums the county's deltas (`history/countyDeltas`).
 */
export const COUNTY_HISTORY_EVERY = 100;

export interface CatalogueProjectorOptions {
  /** Item documents kept in memory across batches (default 1,000: an item's events arrive close together). */
  itemCacheSize?: number;
  /** Keep a county's counters in its history every this many events (default `COUNTY_HISTORY_EVERY`). */
  historyEvery?: number;
  /**
   * Counter-delta buckets kept in memory across batches (default 2,000; a county has a bucket per
   * day with events, two per month). A bucket takes about 12 KB of heap: the 1M-event seed's 4,264
   * buckets all kept took a third of a rebuild's live heap, and the heap grows to a few times that.
   */
  deltaCacheSize?: number;
}

/**
 * Catalogue items (one document each, served to the catalogue connection) and the counters of every
 * county's catalogue, in one projector so that the counters move by the item's change in the same
 * unit of work: an event adjusts the counters by what it changed, nothing is recounted.
 */
class CatalogueProjector implements Projector {
  readonly name = CATALOGUE_PROJECTOR;
  // Pilot-unit streams only for the feedback on a pilot as a whole, which the county's counters include.
  readonly categories = ['catalogueItem', 'pilotUnit'] as const;
  readonly collections = {
    [CATALOGUE_ITEMS]: [
      [...catalogueSortFields],
      ['tenant', 'status', 'area', 'level1Name', 'level2Name'],
      ['itemId'],
    ],
    [COUNTY_CATALOGUES]: [],
    [historyCollection(COUNTY_CATALOGUES)]: HISTORY_INDEXES,
    [COUNTY_CATALOGUE_DELTAS]: COUNTY_DELTA_INDEXES,
  };
  private readonly items: DocumentCache<CatalogueItemDocument>;
  private readonly counties: DocumentCache<CountyWithDeltas>;
  private readonly deltas: CountyDeltas;

  constructor(
    private readonly context: ProjectionContext,
    options: CatalogueProjectorOptions,
  ) {
    this.items = new DocumentCache(CATALOGUE_ITEMS, options.itemCacheSize ?? 1_000);
    this.deltas = new CountyDeltas(options.deltaCacheSize ?? 2_000);
    this.counties = new DocumentCache(COUNTY_CATALOGUES, 100_000, {
      historyEvery: options.historyEvery ?? COUNTY_HISTORY_EVERY,
      positionsOnly: true,
    });
  }

  async project(
    events: readonly ProjectedEvent[],
    unit: UnitOfWork,
    options?: ProjectOptions,
  ): Promise<void> {
    const mine = events.filter(isCatalogueEvent);
    await Promise.all([
      this.items.preload(
        unit,
        mine.map((projected) => projected.recorded.streamId).filter((id) => id.startsWith(STREAM_PREFIX)),
      ),
      this.counties.preload(
        unit,
        mine.map((projected) => projected.tenant),
      ),
      this.deltas.preload(unit, mine),
    ]);
    // Every document the events touch is cached now: fold them without a promise per event.
    for (const projected of mine) {
      if (projected.recorded.streamId.startsWith(STREAM_PREFIX)) this.projectOne(projected);
      else if (projected.event.type === 'PilotFeedbackRecorded') this.projectPilotFeedback(projected);
    }
    // Held until the unit's last events: a county's day, month and running-total buckets are
    // rewritten by most chunks, so they are summed and written once per unit, not once per chunk
    // (and the unit takes its writes in position order, so the items wait with them).
    if (options?.moreFollow) return;
    await this.deltas.finishBatch(unit);
    DocumentCache.flush(unit, [this.items, this.counties, this.deltas.buckets]);
  }

  startEmpty(): void {
    this.items.startEmpty();
    this.counties.startEmpty();
    this.deltas.buckets.startEmpty();
  }

  forget(): void {
    this.items.forget();
    this.counties.forget();
    this.deltas.forget();
  }

  private county(tenant: string): CountyWithDeltas {
    return (
      this.counties.preloaded(tenant) ??
      this.counties.put(emptyCountyCatalogue(tenant, this.context.ancestorsOf(tenant)))
    );
  }

  private projectPilotFeedback(projected: ProjectedEvent): void {
    const county = this.county(projected.tenant);
    if (county._position >= projected.position) return; // redelivered
    this.deltas.before(county, projected, null);
    this.counties.observe(county, projected);
    foldCatalogueEvent(projected, null, county, this.context);
    this.deltas.record(county, projected, null);
    this.counties.touch(county, projected.position);
  }

  private projectOne(projected: ProjectedEvent): void {
    const { recorded, position, tenant } = projected;
    const item = this.items.preloaded(recorded.streamId);
    if (item !== null && item._position >= position) return; // redelivered
    if (item === null && projected.event.type !== 'CatalogueItemDrafted') return; // its draft was not read
    const county = this.county(tenant);
    const countyAhead = county._position >= position;
    if (!countyAhead) {
      this.deltas.before(county, projected, item);
      this.counties.observe(county, projected);
    }
    const folded = foldCatalogueEvent(projected, item, countyAhead ? null : county, this.context);
    if (folded === null) return;
    if (folded !== item) this.items.put(folded);
    if (!countyAhead) this.deltas.record(county, projected, folded);
    this.items.touch(folded, position);
    if (!countyAhead) this.counties.touch(county, position);
  }
}

export const createCatalogueProjector = (
  context: ProjectionContext,
  options: CatalogueProjectorOptions = {},
): Projector => new CatalogueProjector(context, options);
