import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heilongjiangMilestones } from '@gongkai/domain';
import type {
  CountyView,
  FindQuery,
  ReadModelDocument,
  ReadModelStore,
  RollupFigures,
  StoredDocument,
  ViewBasis,
} from '@gongkai/projections';
import { COUNTY_CATALOGUES, ReadModelViews } from '@gongkai/projections';
import type { TestPlatform } from '@gongkai/projections/testing';
import { context, directory, PROVINCE, startTestPlatform } from '@gongkai/projections/testing';
import { seedCommandsForReadModelTests } from '../support/seedCommands';

let platform: TestPlatform;
let counties: CountyView[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  for (const envelope of seedCommandsForReadModelTests()) await platform.core.handle(envelope);
  await platform.runner.waitFor(await platform.eventStore.headPosition());
  const codes = directory
    .all()
    .filter((unit) => unit.tier === 'county')
    .map((unit) => unit.code)
    .sort();
  const views = await Promise.all(codes.map((code) => platform.views.countyView(code)));
  counties = views.filter((view): view is CountyView => view !== null && view.pilotLevel !== null);
}, 180_000);
afterAll(async () => platform?.close());

/**
 * The rollup of a set of counties computed from their county views, one by one in code order:
 * another code path than the views' partial sums.
 */
const summedFromCountyViews = (views: readonly CountyView[]) => {
  const sum = (figure: (view: CountyView) => number) =>
    views.reduce((total, view) => total + figure(view), 0);
  const areas = new Map<
    string,
    { items: number; published: number; disclosures: number; assigned: boolean }
  >();
  for (const view of views) {
    for (const area of view.byArea) {
      const entry = areas.get(area.area) ?? { items: 0, published: 0, disclosures: 0, assigned: false };
      entry.items += area.catalogue.items;
      entry.published += area.catalogue.published;
      entry.disclosures += area.disclosures.total;
      entry.assigned ||= area.assigned;
      areas.set(area.area, entry);
    }
  }
  const scores = views.flatMap((view) => view.acceptance?.province.score ?? []);
  return {
    counties: views.length,
    assignedAreas: sum((view) => view.assignedAreas.length),
    areasCovered: sum((view) => view.areasCovered),
    items: sum((view) => view.totals.catalogue.items),
    published: sum((view) => view.totals.catalogue.published),
    disclosures: sum((view) => view.totals.disclosures.total),
    feedback: sum((view) => view.totals.feedback.count),
    registered: views.filter((view) => view.acceptance !== null).length,
    averageProvinceScore:
      scores.length === 0 ? null : scores.reduce((total, score) => total + score, 0) / scores.length,
    overdueMilestones: sum((view) => view.milestones.counts.overdue),
    byArea: [...areas].map(([area, entry]) => ({ area, ...entry })),
  };
};

const figuresOf = (rollup: RollupFigures) => ({
  counties: rollup.counties,
  assignedAreas: rollup.assignedAreas,
  areasCovered: rollup.areasCovered,
  items: rollup.totals.catalogue.items,
  published: rollup.totals.catalogue.published,
  disclosures: rollup.totals.disclosures.total,
  feedback: rollup.totals.feedback.count,
  registered: rollup.acceptance.registered,
  averageProvinceScore: rollup.acceptance.averageProvinceScore,
  overdueMilestones: rollup.overdueMilestones,
  byArea: rollup.byArea.map((area) => ({
    area: area.area,
    items: area.catalogue.items,
    published: area.catalogue.published,
    disclosures: area.disclosures.total,
    assigned: area.assigned,
  })),
});

describe('the rollups, summed once per county and combined', () => {
  it('equal the sums of the county views, by province, prefecture and pilot level', async () => {
    const [national, province] = await Promise.all([
      platform.views.nationalRollup(),
      platform.views.provinceView(PROVINCE),
    ]);
    const below = (code: string) => counties.filter((view) => view.ancestors.includes(code));
    const row = national.provinces.find((candidate) => candidate.tenant === PROVINCE);
    expect(counties.length).toBeGreaterThan(10);
    expect(row && figuresOf(row.all)).toEqual(summedFromCountyViews(below(PROVINCE)));
    expect(province && figuresOf(province.rollup)).toEqual(summedFromCountyViews(below(PROVINCE)));
    for (const level of ['national', 'provincial'] as const) {
      const ofLevel = counties.filter((view) => view.pilotLevel === level);
      expect(ofLevel.length).toBeGreaterThan(0);
      const nationWide = level === 'national' ? national.nationalPilots : national.provincialPilots;
      expect(figuresOf(nationWide)).toEqual(summedFromCountyViews(ofLevel));
      const inProvince = province?.byPilotLevel.find((rollup) => rollup.pilotLevel === level);
      expect(inProvince && figuresOf(inProvince)).toEqual(summedFromCountyViews(ofLevel));
    }
    for (const prefecture of province?.prefectures ?? []) {
      expect(figuresOf(prefecture.rollup)).toEqual(summedFromCountyViews(below(prefecture.tenant)));
      expect((await platform.views.prefectureView(prefecture.tenant))?.rollup).toEqual(prefecture.rollup);
    }
    // The national rollup's province row and the province view agree figure for figure.
    expect(row?.all).toEqual(province?.rollup);
  });

  it('read each county’s catalogue once, and its counters once plus once for a national pilot’s comparison row', async () => {
    // A store that counts, per county, the catalogue documents it serves and the reads of their totals.
    const fetched = new Map<string, number>();
    const reads = new Map<string, number>();
    const bump = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
    const counted = <T extends ReadModelDocument>(collection: string, document: StoredDocument<T>) => {
      if (collection !== COUNTY_CATALOGUES) return document;
      bump(fetched, document._id);
      return new Proxy(document, {
        get(target, key, receiver) {
          if (key === 'totals') bump(reads, target._id);
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    };
    const store = platform.readModelStore;
    const counting: ReadModelStore = Object.create(store) as ReadModelStore;
    counting.getMany = async <T extends ReadModelDocument>(collection: string, ids: readonly string[]) =>
      (await store.getMany<T>(collection, ids)).map((document) => document && counted(collection, document));
    counting.find = async <T extends ReadModelDocument>(collection: string, query?: FindQuery) =>
      (await store.find<T>(collection, query)).map((document) => counted(collection, document));
    const views = new ReadModelViews(counting, context, heilongjiangMilestones);
    const basis: ViewBasis = { position: 0, date: '2018-12-31', asOf: null };
    const rollup = await views.national(basis);
    expect(rollup.nationalPilots.counties).toBeGreaterThan(0);
    const withCatalogue = counties.filter((view) => view.totals.catalogue.itemsTotal > 0);
    expect(withCatalogue.length).toBeGreaterThan(5);
    for (const view of withCatalogue) {
      expect({
        county: view.tenant,
        fetched: fetched.get(view.tenant),
        reads: reads.get(view.tenant),
      }).toEqual({
        county: view.tenant,
        fetched: 1,
        reads: view.pilotLevel === 'national' ? 2 : 1,
      });
    }
  });
});
