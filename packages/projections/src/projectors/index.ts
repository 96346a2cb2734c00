import type { ProjectionContext } from './context';
import type { CatalogueProjectorOptions } from './catalogue/catalogueProjector';
import { createBusinessDatesProjector } from './businessDatesProjector';
import { createCatalogueProjector } from './catalogue/catalogueProjector';
import { createMilestoneFactsProjector } from './milestoneFactsProjector';
import { createNationalReportsProjector } from './nationalReportsProjector';
import { createPilotUnitsProjector } from './pilotUnitsProjector';
import type { Projector } from './types';

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
}

/**
 * Fresh instances of every projector the views read (instances cache documents: one set per store).
 */
export const createProjectors = (
  context: ProjectionContext,
  options: StandardProjectorOptions = {},
): Projector[] => [
  createCatalogueProjector(context, options.catalogue),
  createPilotUnitsProjector(context),
  createMilestoneFactsProjector(context),
  createNationalReportsProjector(context),
  createBusinessDatesProjector(),
];
