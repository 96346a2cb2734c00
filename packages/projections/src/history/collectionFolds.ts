import type { EventFilter, EventStore } from '@gongkai/event-store';
import type { ApplicationDocument } from '../applications/applicationsProjector';
import { APPLICATIONS, foldApplicationEvent } from '../applications/applicationsProjector';
import type { ProjectionContext } from '../projectors/context';
import type { CachedDocument } from '../projectors/documentCache';
import type { ProjectedEvent } from '../projectors/types';
import { toProjectedEvent } from '../projectors/readEvent';
import type { CountyCatalogueDocument } from '../projectors/catalogue/countyCatalogue';
import { COUNTY_CATALOGUES, emptyCountyCatalogue } from '../projectors/catalogue/countyCatalogue';
import type { CatalogueItemDocument } from '../projectors/catalogue/itemDocument';
import {
  CATALOGUE_STREAM_PREFIX,
  foldCatalogueEvent,
  isCatalogueEvent,
} from '../projectors/catalogue/foldCatalogue';
import type { MilestoneFactsDocument } from '../projectors/milestoneFactsProjector';
import {
  foldMilestoneFact,
  isMilestoneEvent,
  MILESTONE_FACTS,
  newMilestoneFacts,
} from '../projectors/milestoneFactsProjector';
import { pilotUnitsFold } from '../projectors/pilotUnitsProjector';
import { nationalReportsFold } from '../projectors/nationalReportsProjector';
import type { StateDocument, StreamStateProjectorOptions } from '../projectors/streamStateProjector';
import { newStateDocument } from '../projectors/streamStateProjector';

export interface FoldEnvironment {
  eventStore: EventStore;
  context: ProjectionContext;
}

/**
 * How time travel continues a collection's document from a state its history kept: which events
 * belong to the document, and the projector's own fold over them.
 */
export interface CollectionFold {
  collection: string;
  /**
   * The history keeps the document every few events only (time travel to a position starts there)
   * and time travel to a date sums the document's deltas (`countyDeltas`); without it, the history
   * keeps the document before every event, and lists the late ones.
   */
  deltas?: boolean;
  /** The event-store filter that finds the document's events (a superset; `belongs` decides). */
  scan(document: { _id: string; tenant: string }): EventFilter;
  belongs(document: { _id: string; tenant: string }, projected: ProjectedEvent): boolean;
  /**
   * Folds `events` (position order) into `state`, the document after every event up to `base`
   * (null: before its first event). Returns the document after them (null if still none).
   */
  fold(
    state: CachedDocument | null,
    events: readonly ProjectedEvent[],
    base: number,
    environment: FoldEnvironment,
  ): Promise<CachedDocument | null>;
}

const streamStateFold = <S>(options: StreamStateProjectorOptions<S>): CollectionFold => ({
  collection: options.collection,
  scan: (document) => ({ tenants: [document.tenant], streamPrefixes: [document._id] }),
  belongs: (document, projected) => projected.recorded.streamId === document._id,
  fold: (state, events, _base, { context }) => {
    let document = state as StateDocument<S> | null;
    for (const projected of events) {
      document ??= newStateDocument(context, options, projected);
      document.state = options.evolve(document.state, projected.event, projected);
      document._position = projected.position;
    }
    return Promise.resolve(document);
  },
});

const milestoneFactsFold: CollectionFold = {
  collection: MILESTONE_FACTS,
  scan: (document) => ({ tenants: [document.tenant] }),
  belongs: (document, projected) => projected.tenant === document.tenant && isMilestoneEvent(projected),
  fold: (state, events, _base, { context }) => {
    let document = state as MilestoneFactsDocument | null;
    for (const projected of events) {
      document ??= newMilestoneFacts(projected.tenant, context);
      foldMilestoneFact(document, projected.event);
      document._position = projected.position;
    }
    return Promise.resolve(document);
  },
};

/** An item as it stood after its events up to `base` (all of them included by the view). */
const itemAt = async (
  streamId: string,
  base: number,
  { eventStore, context }: FoldEnvironment,
): Promise<CatalogueItemDocument | null> => {
  let item: CatalogueItemDocument | null = null;
  for await (const recorded of eventStore.readStream(streamId)) {
    if (recorded.position > base) break;
    item = foldCatalogueEvent(toProjectedEvent(recorded), item, null, context);
  }
  return item;
};

const countyCataloguesFold: CollectionFold = {
  collection: COUNTY_CATALOGUES,
  deltas: true,
  scan: (document) => ({
    tenants: [document.tenant],
    streamPrefixes: [CATALOGUE_STREAM_PREFIX, `pilotUnit-${document.tenant}`],
  }),
  belongs: (document, projected) => projected.tenant === document.tenant && isCatalogueEvent(projected),
  fold: async (state, events, base, environment) => {
    const { context } = environment;
    let county = state as CountyCatalogueDocument | null;
    const items = new Map<string, CatalogueItemDocument | null>();
    for (const projected of events) {
      const { streamId } = projected.recorded;
      const isItemEvent = streamId.startsWith(CATALOGUE_STREAM_PREFIX);
      let item: CatalogueItemDocument | null = null;
      if (isItemEvent) {
        const known = items.get(streamId);
        // An item drafted after `base` has no earlier events to read.
        item =
          known !== undefined || projected.event.type === 'CatalogueItemDrafted'
            ? (known ?? null)
            : await itemAt(streamId, base, environment);
        if (item === null && projected.event.type !== 'CatalogueItemDrafted') continue;
      }
      county ??= emptyCountyCatalogue(projected.tenant, context.ancestorsOf(projected.tenant));
      const folded = foldCatalogueEvent(projected, item, county, context);
      if (isItemEvent) items.set(streamId, folded);
      county._position = projected.position;
    }
    return county;
  },
};

/** An application from a state its history kept, by the projector's own fold. */
const applicationsFold: CollectionFold = {
  collection: APPLICATIONS,
  scan: (document) => ({ tenants: [document.tenant], streamPrefixes: [document._id] }),
  belongs: (document, projected) => projected.recorded.streamId === document._id,
  fold: (state, events, _base, { context }) => {
    let document = state as ApplicationDocument | null;
    for (const projected of events) document = foldApplicationEvent(document, projected, context);
    return Promise.resolve(document);
  },
};

/** The collections the views read "as of", with their folds. */
export const collectionFolds: ReadonlyMap<string, CollectionFold> = new Map(
  [
    countyCataloguesFold,
    milestoneFactsFold,
    streamStateFold(pilotUnitsFold),
    streamStateFold(nationalReportsFold),
    applicationsFold,
  ].map((fold) => [fold.collection, fold]),
);
