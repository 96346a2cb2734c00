import type { PilotLevel } from '@gongkai/domain';
import { lastAcceptance, passedAcceptance, pilotStatus } from '@gongkai/domain';
import type { ProjectionContext } from '../projectors/context';
import type { CatalogueCounters } from '../projectors/catalogue/counters';
import { addCounters, emptyCounters } from '../projectors/catalogue/counters';
import type { CountyBundle } from './county';
import { areaCountersOf, areaFigures, assignedAreasOf, pilotLevelOf, totalsOf } from './county';
import { indicatorFigures, rate } from './figures';
import type { AcceptanceSummary, PilotLevelRollup, RollupFigures } from './types';

type AcceptanceCounts = Omit<AcceptanceSummary, 'averageProvinceScore'>;

const noAcceptance = (): AcceptanceCounts => ({
  units: 0,
  registered: 0,
  planFiled: 0,
  selfAssessed: 0,
  reported: 0,
  prefectureAccepted: 0,
  prefecturePassed: 0,
  provinceAccepted: 0,
  provincePassed: 0,
  failed: 0,
  rectifying: 0,
  completed: 0,
});

const acceptanceKeys = Object.keys(noAcceptance()) as (keyof AcceptanceCounts)[];

/** Where a county first appears in the sum: areas keep the order of their first appearance. */
type Order = number;
const AREAS_PER_COUNTY = 1 << 16;

interface AreaSum {
  order: Order;
  assigned: boolean;
  counters: CatalogueCounters;
}

/**
 * Partial sums of a set of counties: each county is added once (`add`), partial sums combine
 * (`combine`) into the sums of their union, and the figures are read at the end. A province's
 * rollup is the combination of its prefectures', the nation's the combination of its provinces'.
 * Every figure is a sum of integers, except the mean province score, whose scores are kept with
 * their county's order and added in that order: the figures equal those of summing the counties
 * one by one in order, whichever way the partial sums were combined.
 */
export class RollupSums {
  counties = 0;
  assignedAreas = 0;
  areasCovered = 0;
  overdueMilestones = 0;
  readonly totals = emptyCounters();
  readonly areas = new Map<string, AreaSum>();
  readonly acceptance = noAcceptance();
  /** [county order, latest province acceptance score] of the counties accepted by the province. */
  readonly provinceScores: [Order, number][] = [];

  /** Adds one county; `order` is its place among the counties of the view (areas keep that order). */
  add(bundle: CountyBundle, order: number): this {
    this.counties += 1;
    this.assignedAreas += assignedAreasOf(bundle).length;
    this.overdueMilestones += bundle.milestones.counts.overdue;
    addCounters(this.totals, totalsOf(bundle));
    areaCountersOf(bundle).forEach(({ area, assigned, counters }, index) => {
      if (assigned && counters.published > 0) this.areasCovered += 1;
      let entry = this.areas.get(area);
      if (!entry) {
        entry = { order: order * AREAS_PER_COUNTY + index, assigned: false, counters: emptyCounters() };
        this.areas.set(area, entry);
      }
      entry.assigned ||= assigned;
      addCounters(entry.counters, counters);
    });
    const counts = this.acceptance;
    counts.units += 1;
    const state = bundle.pilot;
    if (state?.registeredOn == null) return this;
    counts.registered += 1;
    if (state.plan !== null) counts.planFiled += 1;
    if (state.selfAssessment !== null) counts.selfAssessed += 1;
    if (state.pilotReport !== null) counts.reported += 1;
    if (lastAcceptance(state, 'prefecture') !== undefined) counts.prefectureAccepted += 1;
    if (passedAcceptance(state, 'prefecture') !== undefined) counts.prefecturePassed += 1;
    const province = lastAcceptance(state, 'province');
    if (province !== undefined) {
      counts.provinceAccepted += 1;
      this.provinceScores.push([order, province.score]);
    }
    if (passedAcceptance(state, 'province') !== undefined) counts.provincePassed += 1;
    const status = pilotStatus(state);
    if (status === 'failed-acceptance') counts.failed += 1;
    if (status === 'rectifying') counts.rectifying += 1;
    if (state.completedOn !== null) counts.completed += 1;
    return this;
  }

  /** The sums of the union of `parts` (disjoint sets of counties); the parts are left as they are. */
  static combine(parts: readonly RollupSums[]): RollupSums {
    const sums = new RollupSums();
    for (const part of parts) {
      sums.counties += part.counties;
      sums.assignedAreas += part.assignedAreas;
      sums.areasCovered += part.areasCovered;
      sums.overdueMilestones += part.overdueMilestones;
      addCounters(sums.totals, part.totals);
      for (const [area, { order, assigned, counters }] of part.areas) {
        const entry = sums.areas.get(area);
        if (entry) {
          entry.order = Math.min(entry.order, order);
          entry.assigned ||= assigned;
          addCounters(entry.counters, counters);
        } else {
          sums.areas.set(area, { order, assigned, counters: addCounters(emptyCounters(), counters) });
        }
      }
      for (const key of acceptanceKeys) sums.acceptance[key] += part.acceptance[key];
      sums.provinceScores.push(...part.provinceScores);
    }
    return sums;
  }

  figures(context: ProjectionContext): RollupFigures {
    const scores = this.provinceScores.sort(([a], [b]) => a - b);
    return {
      counties: this.counties,
      assignedAreas: this.assignedAreas,
      areasCovered: this.areasCovered,
      totals: indicatorFigures(this.totals),
      byArea: [...this.areas]
        .sort(([, a], [, b]) => a.order - b.order)
        .map(([area, { assigned, counters }]) => areaFigures(area, assigned, counters, context)),
      acceptance: {
        ...this.acceptance,
        averageProvinceScore: rate(
          scores.reduce((sum, [, score]) => sum + score, 0),
          scores.length,
        ),
      },
      overdueMilestones: this.overdueMilestones,
    };
  }
}

export const PILOT_LEVELS: readonly PilotLevel[] = ['national', 'provincial', 'self-organized'];

/**
 * Sums of counties split by group (a prefecture, a province) and pilot level, each county added
 * once; the rollups of a group, of a level, and of everything combine these partial sums.
 */
export class GroupedRollup<G> {
  /** Per group, per pilot level (null: a county that is no pilot). */
  private readonly sums = new Map<G, Map<PilotLevel | null, RollupSums>>();

  constructor(
    bundles: readonly CountyBundle[],
    groupOf: (bundle: CountyBundle) => G,
    private readonly context: ProjectionContext,
  ) {
    bundles.forEach((bundle, order) => {
      const group = groupOf(bundle);
      let levels = this.sums.get(group);
      if (!levels) this.sums.set(group, (levels = new Map<PilotLevel | null, RollupSums>()));
      const level = pilotLevelOf(bundle);
      let sums = levels.get(level);
      if (!sums) levels.set(level, (sums = new RollupSums()));
      sums.add(bundle, order);
    });
  }

  private parts(group: G | undefined, level: PilotLevel | null | undefined): RollupSums[] {
    const groups = group === undefined ? [...this.sums.values()] : [this.sums.get(group)];
    return groups
      .flatMap((levels) => (level === undefined ? [...(levels?.values() ?? [])] : [levels?.get(level)]))
      .filter((sums): sums is RollupSums => sums !== undefined);
  }

  /** The rollup of a group (every group when undefined), of one pilot level or of all counties. */
  rollup(group?: G, level?: PilotLevel | null): RollupFigures {
    const parts = this.parts(group, level);
    return (parts.length === 1 && parts[0] ? parts[0] : RollupSums.combine(parts)).figures(this.context);
  }

  pilotLevelRollup(level: PilotLevel, group?: G): PilotLevelRollup {
    return { pilotLevel: level, ...this.rollup(group, level) };
  }

  /** Rollups per pilot level; `all` keeps national and provincial even when empty. */
  byPilotLevel(all = false): PilotLevelRollup[] {
    return PILOT_LEVELS.filter(
      (level) =>
        (all && level !== 'self-organized') || this.parts(undefined, level).some((sums) => sums.counties > 0),
    ).map((level) => this.pilotLevelRollup(level));
  }
}

/** Indicators, acceptance and milestones summed over a set of counties. */
export const rollupOf = (bundles: readonly CountyBundle[], context: ProjectionContext): RollupFigures => {
  const sums = new RollupSums();
  bundles.forEach((bundle, order) => sums.add(bundle, order));
  return sums.figures(context);
};
