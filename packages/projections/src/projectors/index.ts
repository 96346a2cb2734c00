import type { ProjectionContext } from './context';
import type { CatalogueProjectorOptions } from './catalogue/catalogueProjector';
import { createBusinessDatesProjector } from './businessDatesProjector';
import { createCatalogueProjector } from './catalogue/catalogueProjector';
import { createMilestoneFactsProjector } from './milestoneFactsProjector';
import { createNationalReportsProjector } from './nationalReportsProjector';
import { createPilotUnitsProjector } from './pilotUnitsProjector';
import type { Projector } from './types';
import { APPLICATIONS_PROJECTOR, createApplicationsProjector } from '../applications/applicationsProjector';
import type { Shard, ShardLayout } from '../shards/tenantShards';
import { forShard, shardedName } from '../shards/tenantShards';
import { BUSINESS_DATES_PROJECTOR } from './businessDatesProjector';
import { CATALOGUE_PROJECTOR } from './catalogue/catalogueProjector';
import { MILESTONES_PROJECTOR } from './milestoneFactsProjector';
import { NATIONAL_REPORTS_PROJECTOR } from './nationalReportsProjector';
import { PILOT_UNITS_PROJECTOR } from './pilotUnitsProjector';

export type { ProjectedEvent, Projector } from './types';
export { collectionsOf, readsStream } from './types';
export { readEvent, toProjectedEvent } from './readEvent';
export type { ProjectionContext } from './context';
export { projectionContextFor } from './context';
export { DocumentCache } from './documentCache';
export type { CachedDocument } from './documentCache';
export { CATALOGUE_PROJECTOR, createCatalogueProjector } from './catalogue/catalogueProjector';
export type { CatalogueProjectorOptions } from './catalogue/catalogueProjector';
export { CATALOGUE_ITEMS, catalogueSortFields } from './catalogue/itemDocument';
export type { CatalogueItemDocument } from './catalogue/itemDocument';
export { COUNTY_CATALOGUES } from './catalogue/countyCatalogue';
export type { CountyCatalogueDocument, AreaCounters } from './catalogue/countyCatalogue';
export type { CatalogueCounters } from './catalogue/counters';
export { emptyCounters, addCounters, sumCounters, codeLists, CHANNEL, FEEDBACK } from './catalogue/counters';
export { PILOT_UNITS, PILOT_UNITS_PROJECTOR, createPilotUnitsProjector } from './pilotUnitsProjector';
export type { PilotUnitDocument } from './pilotUnitsProjector';
export {
  MILESTONE_FACTS,
  MILESTONES_PROJECTOR,
  createMilestoneFactsProjector,
} from './milestoneFactsProjector';
export type { MilestoneFact, MilestoneFactsDocument } from './milestoneFactsProjector';
export {
  NATIONAL_REPORTS,
  NATIONAL_REPORTS_PROJECTOR,
  createNationalReportsProjector,
} from './nationalReportsProjector';
export type { NationalReportDocument } from './nationalReportsProjector';
export {
  BUSINESS_DATES,
  BUSINESS_DATES_PROJECTOR,
  createBusinessDatesProjector,
} from './businessDatesProjector';
export type { BusinessDatesDocument } from './businessDatesProjector';

export interface StandardProjectorOptions {
  catalogue?: CatalogueProjectorOptions;
  /** Project only this shard's tenants, under the shard's checkpoint names. */
  shard?: Shard;
}

/**
 * Fresh instances of every projector the views read (instances cache documents: one set per store).
 */
export const createProjectors = (
  context: ProjectionContext,
  options: StandardProjectorOptions = {},
): Projector[] => {
  const { shard } = options;
  const projectors = [
    createCatalogueProjector(context, options.catalogue),
    createPilotUnitsProjector(context),
    createMilestoneFactsProjector(context),
    createNationalReportsProjector(context),
    createBusinessDatesProjector(shard ? shardedName('latest', shard) : undefined),
    createApplicationsProjector(context),
  ];
  return shard ? forShard(projectors, shard) : projectors;
};

/** The checkpoint names of every projector `createProjectors` makes, in every shard of the layout. */
export const projectorNames = (layout?: ShardLayout): string[] => {
  const names = [
    CATALOGUE_PROJECTOR,
    PILOT_UNITS_PROJECTOR,
    MILESTONES_PROJECTOR,
    NATIONAL_REPORTS_PROJECTOR,
    BUSINESS_DATES_PROJECTOR,
    APPLICATIONS_PROJECTOR,
  ];
  if (!layout) return names;
  return Array.from({ length: layout.count }, (_, index) =>
    names.map((name) => shardedName(name, { index, count: layout.count })),
  ).flat();
};
