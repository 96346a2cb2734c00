import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heilongjiangMilestones } from '@gongkai/domain';
import type { CountyView, ReadModelDocument, RollupFigures, ViewBasis } from '@gongkai/projections';
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

  it('read each county’s catalogue counters once, plus once for a national pilot’s comparison row', async () => {
    // A store that counts how often each county's catalogue totals are read by the views.
    const reads = new Map<string, number>();
    const store = platform.readModelStore;
    const counting = new Proxy(store, {
      get(target, property, receiver) {
        if (property !== 'getMany') return Reflect.get(target, property, receiver) as unknown;
        const getMany = async <T extends ReadModelDocument>(collection: string, ids: readonly string[]) => {
          const documents = await target.getMany<T>(collection, ids);
          if (collection !== COUNTY_CATALOGUES) return documents;
          return documents.map((document) =>
            document === null
              ? null
              : new Proxy(document, {
                  get(doc, key, docReceiver) {
                    if (key === 'totals') reads.set(doc._id, (reads.get(doc._id) ?? 0) + 1);
                    return Reflect.get(doc, key, docReceiver) as unknown;
                  },
                }),
          );
        };
        return getMany;
      },
    });
    const views = new ReadModelViews(counting, context, heilongjiangMilestones);
    const basis: ViewBasis = { position: 0, date: '2018-12-31', asOf: null };
    const rollup = await views.national(basis);
    expect(rollup.nationalPilots.counties).toBeGreaterThan(0);
    const withCatalogue = counties.filter((view) => view.totals.catalogue.itemsTotal > 0);
    expect(withCatalogue.length).toBeGreaterThan(5);
    for (const view of withCatalogue) {
      expect({ county: view.tenant, reads: reads.get(view.tenant) }).toEqual({
        county: view.tenant,
        reads: view.pilotLevel === 'national' ? 2 : 1,
      });
    }
  });
});
