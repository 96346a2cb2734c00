import type { DivisionCode, IsoDate, Milestone, TenantUnit } from '@gongkai/domain';
import { NATIONAL_TENANT, streamIdForCatalogueItem, streamIdForPilotUnit } from '@gongkai/domain';
import type { ReadModelStore } from '../readModelStore';
import { visibleToTenant } from '../readModelStore';
import type { ProjectionContext } from '../projectors/context';
import type { CountyCatalogueDocument } from '../projectors/catalogue/countyCatalogue';
import { COUNTY_CATALOGUES } from '../projectors/catalogue/countyCatalogue';
import type { CatalogueItemDocument } from '../projectors/catalogue/itemDocument';
import { CATALOGUE_ITEMS } from '../projectors/catalogue/itemDocument';
import type { MilestoneFactsDocument } from '../projectors/milestoneFactsProjector';
import { MILESTONE_FACTS } from '../projectors/milestoneFactsProjector';
import type { BusinessDatesDocument } from '../projectors/businessDatesProjector';
import { BUSINESS_DATES } from '../projectors/businessDatesProjector';
import type { NationalReportDocument } from '../projectors/nationalReportsProjector';
import { NATIONAL_REPORTS } from '../projectors/nationalReportsProjector';
import type { PilotUnitDocument } from '../projectors/pilotUnitsProjector';
import { PILOT_UNITS } from '../projectors/pilotUnitsProjector';
import { cataloguePage, itemViewOf } from './catalogue';
import type { CountyBundle } from './county';
import { comparisonRow, countyView } from './county';
import { answersForMilestones, sumMilestoneCounts, unitMilestones } from './milestones';
import { GroupedRollup } from './rollup';
import type {
  CatalogueConnection,
  CatalogueItemView,
  CatalogueQuery,
  CountyView,
  MilestonesView,
  NationalRollup,
  OverallReportState,
  PrefectureView,
  ProvinceRollupRow,
  ProvinceView,
  ViewBasis,
} from './types';

const byCode = (a: { code: string }, b: { code: string }): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

/**
 * The views, read from one read-model store and judged on the basis given (live, or a throwaway
 * store replayed "as of"). Every view is built from a handful of small documents.
 */
export class ReadModelViews {
  constructor(
    private readonly store: ReadModelStore,
    private readonly context: ProjectionContext,
    private readonly milestones: readonly Milestone[],
  ) {}

  private unitOf(code: DivisionCode, tier: TenantUnit['tier']): TenantUnit | undefined {
    const unit = this.context.directory.get(code);
    return unit?.tier === tier ? unit : undefined;
  }

  private async factsBelow(code: DivisionCode | null): Promise<Map<DivisionCode, MilestoneFactsDocument>> {
    const filter = code === null ? {} : visibleToTenant(code);
    const documents = await this.store.find<MilestoneFactsDocument>(MILESTONE_FACTS, { filter });
    return new Map(documents.map((document) => [document.tenant, document]));
  }

  /**
   * The counties below `code` (every county when null) that are pilot units or have a catalogue,
   * by code, with the milestone facts below it. Each catalogue is read once: the read that finds
   * the counties with one is the one their bundles are built from.
   */
  private async bundlesBelow(
    code: DivisionCode | null,
    date: IsoDate,
  ): Promise<{ bundles: CountyBundle[]; facts: Map<DivisionCode, MilestoneFactsDocument> }> {
    const filter = code === null ? {} : visibleToTenant(code);
    const [catalogues, facts] = await Promise.all([
      this.store.find<CountyCatalogueDocument>(COUNTY_CATALOGUES, { filter }),
      this.factsBelow(code),
    ]);
    const byTenant = new Map<string, CountyCatalogueDocument>(
      catalogues.map((document) => [document.tenant, document]),
    );
    const counties = this.context.directory
      .all()
      .filter(
        (unit) =>
          unit.tier === 'county' &&
          (code === null || this.context.ancestorsOf(unit.code).includes(code)) &&
          (unit.pilotLevel !== null || byTenant.has(unit.code)),
      )
      .sort(byCode);
    return { bundles: await this.bundles(counties, date, facts, byTenant), facts };
  }

  private async bundles(
    counties: readonly TenantUnit[],
    date: IsoDate,
    facts?: Map<string, MilestoneFactsDocument>,
    catalogues?: Map<string, CountyCatalogueDocument>,
  ): Promise<CountyBundle[]> {
    const codes = counties.map((unit) => unit.code);
    const [catalogueOf, pilots, allFacts] = await Promise.all([
      catalogues ??
        this.store
          .getMany<CountyCatalogueDocument>(COUNTY_CATALOGUES, codes)
          .then((found) => new Map(found.flatMap((d) => (d ? [[d.tenant, d] as const] : [])))),
      this.store.getMany<PilotUnitDocument>(PILOT_UNITS, codes.map(streamIdForPilotUnit)),
      facts ??
        this.store
          .getMany<MilestoneFactsDocument>(MILESTONE_FACTS, codes)
          .then((found) => new Map(found.flatMap((d) => (d ? [[d.tenant, d] as const] : [])))),
    ]);
    return counties.map((unit, index) => ({
      unit,
      catalogue: catalogueOf.get(unit.code) ?? null,
      pilot: pilots[index]?.state ?? null,
      milestones: unitMilestones(unit, allFacts, this.context, this.milestones, date),
    }));
  }

  private async reportOf(province: DivisionCode): Promise<OverallReportState | null> {
    const reports = await this.store.find<NationalReportDocument>(NATIONAL_REPORTS, {
      filter: { tenant: province },
    });
    const latest = reports
      .map((document) => document.state)
      .sort((a, b) => (a.versions.at(-1)?.position ?? 0) - (b.versions.at(-1)?.position ?? 0))
      .at(-1);
    return latest ?? null;
  }

  async county(code: DivisionCode, basis: ViewBasis): Promise<CountyView | null> {
    const unit = this.unitOf(code, 'county');
    if (!unit) return null;
    const [bundle] = await this.bundles([unit], basis.date);
    return bundle ? countyView(bundle, this.context, basis) : null;
  }

  async prefecture(code: DivisionCode, basis: ViewBasis): Promise<PrefectureView | null> {
    const unit = this.unitOf(code, 'prefecture');
    if (!unit) return null;
    const { bundles, facts } = await this.bundlesBelow(code, basis.date);
    const sums = new GroupedRollup(bundles, () => code, this.context);
    return {
      tenant: code,
      ancestors: this.context.ancestorsOf(code),
      name: unit.name,
      nameEn: unit.nameEn,
      tier: unit.tier,
      basis,
      rollup: sums.rollup(),
      byPilotLevel: sums.byPilotLevel(),
      counties: bundles.map((bundle) => comparisonRow(bundle, this.context)),
      milestones: unitMilestones(unit, facts, this.context, this.milestones, basis.date),
    };
  }

  async province(code: DivisionCode, basis: ViewBasis): Promise<ProvinceView | null> {
    const unit = this.unitOf(code, 'province');
    if (!unit) return null;
    const [{ bundles, facts }, overallReport] = await Promise.all([
      this.bundlesBelow(code, basis.date),
      this.reportOf(code),
    ]);
    const rows = new Map(bundles.map((bundle) => [bundle.unit.code, comparisonRow(bundle, this.context)]));
    const children = this.context.directory
      .children(code)
      .filter((child) => child.tier === 'prefecture')
      .sort(byCode);
    const prefectureOf = this.groupBy(children);
    const sums = new GroupedRollup(bundles, prefectureOf, this.context);
    const prefectures = children.map((prefecture) => ({
      tenant: prefecture.code,
      ancestors: this.context.ancestorsOf(prefecture.code),
      name: prefecture.name,
      rollup: sums.rollup(prefecture.code),
      counties: bundles
        .filter((bundle) => prefectureOf(bundle) === prefecture.code)
        .flatMap((bundle) => rows.get(bundle.unit.code) ?? []),
    }));
    return {
      tenant: code,
      ancestors: this.context.ancestorsOf(code),
      name: unit.name,
      nameEn: unit.nameEn,
      tier: unit.tier,
      basis,
      rollup: sums.rollup(),
      byPilotLevel: sums.byPilotLevel(true),
      prefectures,
      directlyAdministeredCounties: bundles
        .filter((bundle) => bundle.unit.parentCode === code)
        .flatMap((bundle) => rows.get(bundle.unit.code) ?? []),
      counties: [...rows.values()],
      milestones: unitMilestones(unit, facts, this.context, this.milestones, basis.date),
      overallReport,
    };
  }

  async national(basis: ViewBasis): Promise<NationalRollup> {
    const { bundles, facts } = await this.bundlesBelow(null, basis.date);
    const provinces = this.context.directory
      .all()
      .filter((unit) => unit.tier === 'province')
      .sort(byCode);
    const provinceOf = this.groupBy(provinces);
    // Each county is summed once, into its province and pilot level; the rest combines those sums.
    const sums = new GroupedRollup(bundles, provinceOf, this.context);
    const rows: ProvinceRollupRow[] = [];
    for (const province of provinces) {
      const national = sums.pilotLevelRollup('national', province.code);
      const ownMilestones = unitMilestones(province, facts, this.context, this.milestones, basis.date);
      rows.push({
        tenant: province.code,
        ancestors: this.context.ancestorsOf(province.code),
        name: province.name,
        nationalPilots: national,
        provincialPilots: sums.pilotLevelRollup('provincial', province.code),
        all: sums.rollup(province.code),
        acceptanceResults: bundles
          .filter(
            (bundle) =>
              provinceOf(bundle) === province.code &&
              (bundle.pilot?.pilotLevel ?? bundle.unit.pilotLevel) === 'national',
          )
          .map((bundle) => comparisonRow(bundle, this.context)),
        overallReport: await this.reportOf(province.code),
        overdueMilestones: ownMilestones.counts.overdue + national.overdueMilestones,
      });
    }
    return {
      tenant: NATIONAL_TENANT,
      ancestors: [],
      basis,
      provinces: rows,
      nationalPilots: sums.pilotLevelRollup('national'),
      provincialPilots: sums.pilotLevelRollup('provincial'),
    };
  }

  /** The unit among `units` a county is below (null: none of them), remembered per county. */
  private groupBy(units: readonly TenantUnit[]): (bundle: CountyBundle) => DivisionCode | null {
    const codes = new Set(units.map((unit) => unit.code));
    const groups = new Map<DivisionCode, DivisionCode | null>();
    return ({ unit }) => {
      let group = groups.get(unit.code);
      if (group === undefined) {
        group = this.context.ancestorsOf(unit.code).find((code) => codes.has(code)) ?? null;
        groups.set(unit.code, group);
      }
      return group;
    };
  }

  /** The latest business date of any event the store holds; null when it holds none. */
  async latestBusinessDate(): Promise<IsoDate | null> {
    // One document, or one per projection shard: the latest is the greatest.
    const documents = await this.store.find<BusinessDatesDocument>(BUSINESS_DATES);
    const latest = documents.reduce<IsoDate>((max, { latestOn }) => (latestOn > max ? latestOn : max), '');
    return latest === '' ? null : latest;
  }

  async item(tenant: DivisionCode, itemId: string): Promise<CatalogueItemView | null> {
    const document = await this.store.get<CatalogueItemDocument>(
      CATALOGUE_ITEMS,
      streamIdForCatalogueItem(tenant, itemId),
    );
    return document ? itemViewOf(document) : null;
  }

  catalogue(query: CatalogueQuery, basis: ViewBasis): Promise<CatalogueConnection> {
    return cataloguePage(
      this.store,
      query,
      (code) => this.context.directory.get(code)?.tier === 'county',
      basis,
    );
  }

  async milestonesOf(code: DivisionCode, basis: ViewBasis): Promise<MilestonesView | null> {
    const self = this.context.directory.get(code);
    if (!self) return null;
    const facts = await this.factsBelow(code === NATIONAL_TENANT ? null : code);
    const units = this.context.directory
      .all()
      .filter(
        (unit) =>
          (unit.code === code || this.context.ancestorsOf(unit.code).includes(code)) &&
          answersForMilestones(this.milestones, unit.code),
      )
      .sort(byCode)
      .map((unit) => unitMilestones(unit, facts, this.context, this.milestones, basis.date));
    return {
      tenant: code,
      ancestors: this.context.ancestorsOf(code),
      basis,
      units,
      counts: sumMilestoneCounts(units.map((unit) => unit.counts)),
    };
  }
}
