import type { PilotLevel, PilotUnitState, TenantUnit } from '@gongkai/domain';
import type { ProjectionContext } from '../projectors/context';
import type { CountyCatalogueDocument } from '../projectors/catalogue/countyCatalogue';
import type { CatalogueCounters } from '../projectors/catalogue/counters';
import { emptyCounters, meanSatisfaction } from '../projectors/catalogue/counters';
import { acceptanceView } from './acceptance';
import { indicatorFigures, rate } from './figures';
import type {
  AcceptanceView,
  AreaFigures,
  CountyComparisonRow,
  CountyView,
  UnitMilestonesView,
  ViewBasis,
} from './types';

/** What a county's views are built from: three small documents and its milestones. */
export interface CountyBundle {
  unit: TenantUnit;
  catalogue: CountyCatalogueDocument | null;
  pilot: PilotUnitState | null;
  milestones: UnitMilestonesView;
}

export const pilotLevelOf = (bundle: CountyBundle): PilotLevel | null =>
  bundle.pilot?.pilotLevel ?? bundle.unit.pilotLevel;

/**
 * Assigned areas: only as the province assigned them (PilotAreasAssigned). The tenants file's
 * areas are reference data, so a pilot nobody has assigned areas to has none.
 */
export const assignedAreasOf = (bundle: CountyBundle): readonly string[] => bundle.pilot?.areas ?? [];

export const totalsOf = (bundle: CountyBundle): CatalogueCounters =>
  bundle.catalogue?.totals ?? emptyCounters();

/** Counters per area: assigned areas first (in assignment order), then other areas with items. */
export const areaCountersOf = (
  bundle: CountyBundle,
): { area: string; assigned: boolean; counters: CatalogueCounters }[] => {
  const assigned = assignedAreasOf(bundle);
  const stored = bundle.catalogue?.areas ?? [];
  const find = (area: string) => stored.find((entry) => entry.area === area)?.counters;
  return [
    ...assigned.map((area) => ({ area, assigned: true, counters: find(area) ?? emptyCounters() })),
    ...stored
      .filter((entry) => !assigned.includes(entry.area))
      .map((entry) => ({ area: entry.area, assigned: false, counters: entry.counters })),
  ];
};

export const areaFigures = (
  area: string,
  assigned: boolean,
  counters: CatalogueCounters,
  context: ProjectionContext,
): AreaFigures => ({
  area,
  areaName: context.areaName(area),
  assigned,
  hasPublishedCatalogue: counters.published > 0,
  ...indicatorFigures(counters),
});

export const areasCoveredOf = (bundle: CountyBundle): number =>
  areaCountersOf(bundle).filter((entry) => entry.assigned && entry.counters.published > 0).length;

const throughPrefecture = (unit: TenantUnit, context: ProjectionContext): boolean =>
  unit.parentCode !== null && context.directory.get(unit.parentCode)?.tier === 'prefecture';

export const countyView = (
  bundle: CountyBundle,
  context: ProjectionContext,
  basis: ViewBasis,
): CountyView => {
  const { unit } = bundle;
  return {
    tenant: unit.code,
    ancestors: context.ancestorsOf(unit.code),
    name: unit.name,
    nameEn: unit.nameEn,
    tier: unit.tier,
    basis,
    pilotLevel: pilotLevelOf(bundle),
    reportingParent: unit.parentCode,
    geographicPrefecture: unit.geographicPrefectureCode,
    provinceDirectlyAdministered: unit.provinceDirectlyAdministered,
    assignedAreas: assignedAreasOf(bundle),
    areasCovered: areasCoveredOf(bundle),
    totals: indicatorFigures(totalsOf(bundle)),
    byArea: areaCountersOf(bundle).map(({ area, assigned, counters }) =>
      areaFigures(area, assigned, counters, context),
    ),
    acceptance: bundle.pilot?.registeredOn
      ? acceptanceView(bundle.pilot, throughPrefecture(unit, context))
      : null,
    milestones: bundle.milestones,
  };
};

type AcceptanceColumns = Pick<
  CountyComparisonRow,
  | 'status'
  | 'prefectureAcceptanceScore'
  | 'prefectureAcceptancePassed'
  | 'provinceAcceptanceScore'
  | 'provinceAcceptancePassed'
  | 'findingsCount'
  | 'openRectifications'
  | 'completed'
>;

const acceptanceColumns = (acceptance: AcceptanceView | null): AcceptanceColumns => {
  if (acceptance === null) {
    return {
      status: 'unregistered',
      prefectureAcceptanceScore: null,
      prefectureAcceptancePassed: null,
      provinceAcceptanceScore: null,
      provinceAcceptancePassed: null,
      findingsCount: 0,
      openRectifications: 0,
      completed: false,
    };
  }
  const { prefecture, province } = acceptance;
  return {
    status: acceptance.status,
    prefectureAcceptanceScore: prefecture?.score ?? null,
    prefectureAcceptancePassed: prefecture?.passed ?? null,
    provinceAcceptanceScore: province.score,
    provinceAcceptancePassed: province.passed,
    findingsCount: (prefecture?.findingsCount ?? 0) + province.findingsCount,
    openRectifications: acceptance.openRectifications,
    completed: acceptance.completion.completed,
  };
};

export const comparisonRow = (bundle: CountyBundle, context: ProjectionContext): CountyComparisonRow => {
  const { unit, pilot } = bundle;
  const totals = totalsOf(bundle);
  const acceptance = pilot?.registeredOn ? acceptanceView(pilot, throughPrefecture(unit, context)) : null;
  return {
    tenant: unit.code,
    ancestors: context.ancestorsOf(unit.code),
    name: unit.name,
    pilotLevel: pilotLevelOf(bundle),
    provinceDirectlyAdministered: unit.provinceDirectlyAdministered,
    assignedAreas: assignedAreasOf(bundle).length,
    areasCovered: areasCoveredOf(bundle),
    items: totals.items,
    publishedItems: totals.published,
    completeStandards: totals.completeStandards,
    completenessRate: rate(totals.completeStandards, totals.items),
    disclosures: totals.disclosures,
    onTimeRate: rate(totals.onTime, totals.onTime + totals.late),
    interpretations: totals.interpretations,
    responses: totals.responses,
    feedbackCount: totals.feedback,
    averageSatisfaction: meanSatisfaction(totals.satisfaction, totals.feedback),
    revisions: totals.revisions,
    ...acceptanceColumns(acceptance),
    overdueMilestones: bundle.milestones.counts.overdue,
  };
};
