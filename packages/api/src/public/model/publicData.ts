import type { DivisionCode, TenantDirectory } from '@gongkai/domain';
import type { CatalogueItemView, PrefectureView, ProvinceView, ViewQueries } from '@gongkai/projections';
import { MAX_CATALOGUE_PAGE } from '@gongkai/projections';
import {
  countyFigures,
  figuresOf,
  latestDisclosures,
  publicItem,
  publicMilestones,
  unitRef,
  unitRow,
} from './fromViews';
import type {
  PublicCatalogue,
  PublicCountyHome,
  PublicHome,
  PublicItem,
  PublicRollupHome,
  PublicUnitRef,
} from './types';

const LATEST_DISCLOSURES = 10;

/** The public models of the pages, read from the live views (never as of a past date). */
export class PublicData {
  constructor(
    private readonly views: ViewQueries,
    private readonly directory: TenantDirectory,
  ) {}

  /** Units with a special topic of their own: the provinces, then what lies below them. */
  provinces(): PublicUnitRef[] {
    return this.directory
      .all()
      .filter((unit) => unit.tier === 'province')
      .map((unit) => ({ code: unit.code, name: unit.name }));
  }

  unit(code: DivisionCode): PublicUnitRef | null {
    const unit = this.directory.get(code);
    return unit && unit.tier !== 'national' ? { code: unit.code, name: unit.name } : null;
  }

  async home(code: DivisionCode): Promise<PublicHome | null> {
    switch (this.directory.get(code)?.tier) {
      case 'county':
        return this.countyHome(code);
      case 'prefecture':
        return this.rollupHome(code, await this.views.prefectureView(code));
      case 'province':
        return this.rollupHome(code, await this.views.provinceView(code));
      default:
        return null;
    }
  }

  /** A county's published catalogue by area (assigned areas first, as the county view orders them). */
  async catalogue(code: DivisionCode): Promise<PublicCatalogue | null> {
    const unit = this.unit(code);
    const view = unit && (await this.views.countyView(code));
    if (!unit || !view) return null;
    const items = await this.publishedItems(code);
    const areas = view.byArea
      .map((area) => ({
        code: area.area,
        name: area.areaName,
        items: items.filter((item) => item.area === area.area).map((item) => publicItem(item, unit)),
      }))
      .filter((area) => area.items.length > 0);
    return { unit, areas };
  }

  /** A published item; drafts and retired items are not public. */
  async item(code: DivisionCode, itemId: string): Promise<PublicItem | null> {
    const unit = this.unit(code);
    if (!unit || this.directory.get(code)?.tier !== 'county') return null;
    const item = await this.views.catalogueItem(code, itemId);
    return item?.status === 'published' ? publicItem(item, unit) : null;
  }

  private async countyHome(code: DivisionCode): Promise<PublicCountyHome | null> {
    const view = await this.views.countyView(code);
    if (!view) return null;
    const items = await this.publishedItems(code);
    return {
      kind: 'county',
      code,
      name: view.name,
      tier: view.tier,
      parent: unitRef(this.directory, view.reportingParent),
      pilotLevel: view.pilotLevel,
      status: view.acceptance?.status ?? 'unregistered',
      areas: view.byArea
        .filter((area) => area.assigned)
        .map((area) => ({ code: area.area, name: area.areaName, publishedItems: area.catalogue.published })),
      figures: countyFigures(view),
      milestones: publicMilestones(view.milestones),
      latestDisclosures: latestDisclosures(items, LATEST_DISCLOSURES),
    };
  }

  private rollupHome(
    code: DivisionCode,
    view: PrefectureView | ProvinceView | null,
  ): PublicRollupHome | null {
    if (!view) return null;
    const pilotUnits = view.counties.filter((row) => row.pilotLevel !== null);
    const subdivisions =
      'prefectures' in view
        ? view.prefectures
            .filter((prefecture) => prefecture.counties.some((row) => row.pilotLevel !== null))
            .map((prefecture) => ({ code: prefecture.tenant, name: prefecture.name }))
        : [];
    return {
      kind: 'rollup',
      code,
      name: view.name,
      tier: view.tier,
      parent: unitRef(this.directory, this.directory.get(code)?.parentCode ?? null),
      figures: figuresOf(view.rollup.totals, view.rollup),
      pilotUnits: pilotUnits.map(unitRow),
      subdivisions,
      milestones: publicMilestones(view.milestones),
    };
  }

  private async publishedItems(tenant: DivisionCode): Promise<CatalogueItemView[]> {
    const items: CatalogueItemView[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.views.catalogue({
        tenant,
        status: 'published',
        first: MAX_CATALOGUE_PAGE,
        after,
      });
      items.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return items;
      after = page.pageInfo.endCursor;
    }
  }
}
