import type { CatalogueItemEvent, DomainEvent } from '@gongkai/domain';
import type { UnitOfWork } from '../../readModelStore';
import type { ProjectionContext } from '../context';
import { DocumentCache } from '../documentCache';
import type { ProjectedEvent, Projector } from '../types';
import type { CountyCatalogueDocument } from './countyCatalogue';
import {
  countActivity,
  countPilotFeedback,
  COUNTY_CATALOGUES,
  depositItem,
  emptyCountyCatalogue,
  withdrawItem,
} from './countyCatalogue';
import type { CatalogueItemDocument } from './itemDocument';
import {
  applyItemEvent,
  CATALOGUE_ITEMS,
  catalogueSortFields,
  draftItemDocument,
  isLifecycleEvent,
} from './itemDocument';

export const CATALOGUE_PROJECTOR = 'catalogue';

const STREAM_PREFIX = 'catalogueItem-';

type PilotFeedbackEvent = Extract<DomainEvent, { type: 'PilotFeedbackRecorded' }>;

export interface CatalogueProjectorOptions {
  /** Item documents kept in memory across batches (default 1,000: an item's events arrive close together). */
  itemCacheSize?: number;
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
  };
  private readonly items: DocumentCache<CatalogueItemDocument>;
  private readonly counties = new DocumentCache<CountyCatalogueDocument>(COUNTY_CATALOGUES, 100_000);

  constructor(
    private readonly context: ProjectionContext,
    options: CatalogueProjectorOptions,
  ) {
    this.items = new DocumentCache(CATALOGUE_ITEMS, options.itemCacheSize ?? 1_000);
  }

  async project(events: readonly ProjectedEvent[], unit: UnitOfWork): Promise<void> {
    const mine = events.filter(
      (projected) =>
        projected.recorded.streamId.startsWith(STREAM_PREFIX) ||
        projected.event.type === 'PilotFeedbackRecorded',
    );
    await Promise.all([
      this.items.preload(
        unit,
        mine.map((projected) => projected.recorded.streamId).filter((id) => id.startsWith(STREAM_PREFIX)),
      ),
      this.counties.preload(
        unit,
        mine.map((projected) => projected.tenant),
      ),
    ]);
    for (const projected of mine) {
      if (projected.recorded.streamId.startsWith(STREAM_PREFIX)) await this.projectOne(projected, unit);
      else if (projected.event.type === 'PilotFeedbackRecorded')
        await this.projectPilotFeedback(projected, unit);
    }
    DocumentCache.flush(unit, [this.items, this.counties]);
  }

  startEmpty(): void {
    this.items.startEmpty();
    this.counties.startEmpty();
  }

  forget(): void {
    this.items.forget();
    this.counties.forget();
  }

  private async county(unit: UnitOfWork, tenant: string): Promise<CountyCatalogueDocument> {
    const county = this.counties.peek(tenant) ?? (await this.counties.load(unit, tenant));
    return county ?? this.counties.put(emptyCountyCatalogue(tenant, this.context.ancestorsOf(tenant)));
  }

  private async projectPilotFeedback(projected: ProjectedEvent, unit: UnitOfWork): Promise<void> {
    const county = await this.county(unit, projected.tenant);
    if (county._position >= projected.position) return; // redelivered
    countPilotFeedback(county, (projected.event as PilotFeedbackEvent).data);
    this.counties.touch(county, projected.position);
  }

  private async projectOne(projected: ProjectedEvent, unit: UnitOfWork): Promise<void> {
    const { recorded, position, tenant } = projected;
    const event = projected.event as CatalogueItemEvent;
    const streamId = recorded.streamId;
    const cached = this.items.peek(streamId);
    let item = cached === undefined ? await this.items.load(unit, streamId) : cached;
    if (item !== null && item._position >= position) return; // redelivered
    const county = await this.county(unit, tenant);
    const countyAhead = county._position >= position;
    if (event.type === 'CatalogueItemDrafted') {
      const origin = {
        streamId,
        tenant,
        ancestors: this.context.ancestorsOf(tenant),
        areaName: this.context.areaName(event.data.areaCode),
        position,
      };
      item = this.items.put(draftItemDocument(event.data, origin));
      if (!countyAhead) depositItem(county, item, event);
    } else if (item === null) {
      return; // an item whose draft this replay did not read (a partial, filtered replay)
    } else if (isLifecycleEvent(event)) {
      if (!countyAhead) withdrawItem(county, item);
      applyItemEvent(item, event, position);
      if (!countyAhead) depositItem(county, item, event);
    } else {
      if (!countyAhead) countActivity(county, item, event);
      applyItemEvent(item, event, position);
    }
    this.items.touch(item, position);
    if (!countyAhead) this.counties.touch(county, position);
  }
}

export const createCatalogueProjector = (
  context: ProjectionContext,
  options: CatalogueProjectorOptions = {},
): Projector => new CatalogueProjector(context, options);
