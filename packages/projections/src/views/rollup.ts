import type { PilotLevel } from '@gongkai/domain';
import type { ProjectionContext } from '../projectors/context';
import type { CatalogueCounters } from '../projectors/catalogue/counters';
import { addCounters, emptyCounters, sumCounters } from '../projectors/catalogue/counters';
import { acceptanceSummary } from './acceptance';
import type { CountyBundle } from './county';
import {
  areaCountersOf,
  areaFigures,
  areasCoveredOf,
  assignedAreasOf,
  pilotLevelOf,
  totalsOf,
} from './county';
import { indicatorFigures } from './figures';
import type { PilotLevelRollup, RollupFigures } from './types';

/** Indicators, acceptance and milestones summed over a set of counties. */
export const rollupOf = (bundles: readonly CountyBundle[], context: ProjectionContext): RollupFigures => {
  const areas = new Map<string, { assigned: boolean; counters: CatalogueCounters }>();
  for (const bundle of bundles) {
    for (const { area, assigned, counters } of areaCountersOf(bundle)) {
      const entry = areas.get(area) ?? { assigned: false, counters: emptyCounters() };
      entry.assigned ||= assigned;
      addCounters(entry.counters, counters);
      areas.set(area, entry);
    }
  }
  return {
    counties: bundles.length,
    assignedAreas: bundles.reduce((sum, bundle) => sum + assignedAreasOf(bundle).length, 0),
    areasCovered: bundles.reduce((sum, bundle) => sum + areasCoveredOf(bundle), 0),
    totals: indicatorFigures(sumCounters(bundles.map(totalsOf))),
    byArea: [...areas].map(([area, { assigned, counters }]) =>
      areaFigures(area, assigned, counters, context),
    ),
    acceptance: acceptanceSummary(bundles.map((bundle) => bundle.pilot)),
    overdueMilestones: bundles.reduce((sum, bundle) => sum + bundle.milestones.counts.overdue, 0),
  };
};

export const pilotLevelRollup = (
  bundles: readonly CountyBundle[],
  pilotLevel: PilotLevel,
  context: ProjectionContext,
): PilotLevelRollup => ({
  pilotLevel,
  ...rollupOf(
    bundles.filter((bundle) => pilotLevelOf(bundle) === pilotLevel),
    context,
  ),
});

/** Rollups per pilot level; `all` keeps national and provincial even when empty. */
export const byPilotLevel = (
  bundles: readonly CountyBundle[],
  context: ProjectionContext,
  all = false,
): PilotLevelRollup[] => {
  const levels: PilotLevel[] = ['national', 'provincial', 'self-organized'];
  return levels
    .filter(
      (level) =>
        (all && level !== 'self-organized') || bundles.some((bundle) => pilotLevelOf(bundle) === level),
    )
    .map((level) => pilotLevelRollup(bundles, level, context));
};
