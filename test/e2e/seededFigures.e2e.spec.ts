import { summarizeSeed } from '@gongkai/platform';
import type { SeedSummary } from '@gongkai/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Counts } from '../support/figures';
import { ACCEPTANCE_COUNTS, COUNT_FIELDS, sumCounts, zeroOf } from '../support/figures';
import { dataOf } from '../support/graphql';
import type { TestPlatform } from '../support/platform';
import { startTestPlatform } from '../support/platform';
import { admin, viewer } from '../support/tokens';
import { NATIONAL_TENANT, UNITS } from '../support/units';
import { waitForProjection } from '../support/waitForProjection';

// The Heilongjiang seed (15 pilot units, ~9 000 events) read at every tier: what a county shows
// must add up to what its prefecture, the province and the State Council show.

const PROVINCE = UNITS.province.code;
const provinceAdmin = admin(PROVINCE, 'province');
const stateCouncil = viewer(NATIONAL_TENANT, 'national');

interface Unit {
  tenant: string;
  name: string;
  tier: string;
  parent: string | null;
}

interface CountyRow {
  tenant: string;
  items: number;
  publishedItems: number;
  revisions: number;
  disclosures: number;
  interpretations: number;
  responses: number;
  feedbackCount: number;
  status: string;
}

interface Rollup {
  counties: number;
  overdueMilestones: number;
  totals: Counts;
  acceptance: Counts;
}

let platform: TestPlatform;
let head: number;
let units: Unit[];
interface CountyFigures {
  totals: Counts;
  status: string;
  overdue: number;
  byArea: Map<string, Counts>;
}

let countyFigures: Map<string, CountyFigures>;
let seed: SeedSummary;

const AREA_FIELDS = '{ area catalogue { items published } disclosures { total } interpretations { total } }';
const rollupFields = `{ counties overdueMilestones totals ${COUNT_FIELDS} acceptance ${ACCEPTANCE_COUNTS} }`;

const read = async <T>(field: string, query: string, variables?: Record<string, unknown>) =>
  dataOf<T>(await platform.graphql(provinceAdmin, query, variables), field);

const prefectureView = (code: string) =>
  read<{ counties: CountyRow[]; rollup: Rollup }>(
    'prefectureView',
    `query ($code: TenantCode!) { prefectureView(code: $code) {
      counties { tenant items publishedItems revisions disclosures interpretations responses feedbackCount status }
      rollup ${rollupFields}
    } }`,
    { code },
  );

const provinceRollup = (asOf?: { date: string }) =>
  read<{ basis: { position: number }; rollup: Rollup }>(
    'provinceView',
    `query ($code: TenantCode!, $asOf: AsOf) { provinceView(code: $code, asOf: $asOf) { basis { position } rollup ${rollupFields} } }`,
    { code: PROVINCE, asOf },
  );

const nationalRollup = async (asOf?: { date: string }) =>
  dataOf<{
    provinces: { tenant: string; name: string; all: Rollup }[];
    nationalPilots: { counties: number; totals: Counts };
    provincialPilots: { counties: number; totals: Counts };
  }>(
    await platform.graphql(
      stateCouncil,
      `query ($asOf: AsOf) { nationalRollup(asOf: $asOf) {
        provinces { tenant name all ${rollupFields} }
        nationalPilots { counties totals ${COUNT_FIELDS} }
        provincialPilots { counties totals ${COUNT_FIELDS} }
      } }`,
      { asOf },
    ),
    'nationalRollup',
  );

interface AreaRow {
  area: string;
  catalogue: { items: number; published: number };
  disclosures: { total: number };
  interpretations: { total: number };
}

/** Per-area counts by area code, areas without any item left out (a roll-up may list them). */
const byAreaOf = (rows: readonly AreaRow[]): Map<string, Counts> =>
  new Map(
    rows
      .filter((row) => row.catalogue.items > 0)
      .map(({ area, catalogue, disclosures, interpretations }) => [
        area,
        { catalogue, disclosures, interpretations },
      ]),
  );

const countiesOf = (parent: string) =>
  units.filter((unit) => unit.tier === 'COUNTY' && unit.parent === parent);
const totalsOf = (counties: readonly Unit[]) => {
  const trees = counties.map((county) => countyFigures.get(county.tenant)!.totals);
  return sumCounts(trees, zeroOf(trees[0] ?? {}));
};

beforeAll(async () => {
  platform = await startTestPlatform({ seed: true });
  head = await platform.stack.eventStore.headPosition();
  await waitForProjection(provinceRollup, (view) => view.basis.position, head, { timeoutMs: 60_000 });
  seed = await summarizeSeed(platform.stack.eventStore);
  units = await read<Unit[]>('tenants', '{ tenants { tenant name tier parent } }');
  countyFigures = new Map();
  for (const county of units.filter((unit) => unit.tier === 'COUNTY')) {
    const view = await read<{
      totals: Counts;
      acceptance: { status: string } | null;
      milestones: { counts: { overdue: number } };
      byArea: AreaRow[];
    }>(
      'countyView',
      `query ($code: TenantCode!) { countyView(code: $code) {
        totals ${COUNT_FIELDS} acceptance { status } milestones { counts { overdue } } byArea ${AREA_FIELDS}
      } }`,
      { code: county.tenant },
    );
    countyFigures.set(county.tenant, {
      totals: view.totals,
      status: view.acceptance?.status ?? 'UNREGISTERED',
      overdue: view.milestones.counts.overdue,
      byArea: byAreaOf(view.byArea),
    });
  }
}, 120_000);
afterAll(() => platform.close());

describe('the seeded pilot adds up across the tiers', () => {
  it('the province admin sees the 15 pilot counties of the seed, each under the unit it reports to', () => {
    const counties = units.filter((unit) => unit.tier === 'COUNTY');
    expect(counties).toHaveLength(seed.pilotUnits['national']! + seed.pilotUnits['provincial']!);
    expect(counties.find((county) => county.tenant === UNITS.suifenhe.code)?.parent).toBe(PROVINCE);
    expect(countiesOf(UNITS.mudanjiang.code).map((county) => county.name)).toEqual(['东宁市']);
  });

  it('each prefecture’s figures are the sum of its counties’ figures', async () => {
    const prefectures = units.filter((unit) => unit.tier === 'PREFECTURE');
    expect(prefectures.length).toBeGreaterThan(0);
    for (const prefecture of prefectures) {
      const view = await prefectureView(prefecture.tenant);
      const counties = countiesOf(prefecture.tenant);
      expect(
        view.counties.map((county) => county.tenant),
        prefecture.name,
      ).toEqual(counties.map((county) => county.tenant).sort());
      expect(view.rollup.counties, prefecture.name).toBe(counties.length);
      expect(view.rollup.totals, prefecture.name).toEqual(totalsOf(counties));
      const completed = counties.filter((county) => countyFigures.get(county.tenant)!.status === 'COMPLETED');
      expect(view.rollup.acceptance['completed'], prefecture.name).toBe(completed.length);
    }
  });

  it('each prefecture’s per-county comparison shows each county’s own figures', async () => {
    for (const prefecture of units.filter((unit) => unit.tier === 'PREFECTURE')) {
      for (const row of (await prefectureView(prefecture.tenant)).counties) {
        const county = countyFigures.get(row.tenant)!;
        const totals = county.totals as Record<string, Record<string, number>>;
        expect(row, `${prefecture.name} › ${row.tenant}`).toEqual({
          tenant: row.tenant,
          items: totals['catalogue']!['items'],
          publishedItems: totals['catalogue']!['published'],
          revisions: totals['catalogue']!['revisions'],
          disclosures: totals['disclosures']!['total'],
          interpretations: totals['interpretations']!['total'],
          responses: totals['responses']!['total'],
          feedbackCount: totals['feedback']!['count'],
          status: county.status,
        });
      }
    }
  });

  it('overdue milestones and the per-area figures of each prefecture add up over its counties', async () => {
    for (const prefecture of units.filter((unit) => unit.tier === 'PREFECTURE')) {
      const view = await read<{ rollup: { overdueMilestones: number; byArea: AreaRow[] } }>(
        'prefectureView',
        `query ($code: TenantCode!) { prefectureView(code: $code) { rollup { overdueMilestones byArea ${AREA_FIELDS} } } }`,
        { code: prefecture.tenant },
      );
      const counties = countiesOf(prefecture.tenant).map((county) => countyFigures.get(county.tenant)!);
      expect(view.rollup.overdueMilestones, prefecture.name).toBe(
        counties.reduce((sum, county) => sum + county.overdue, 0),
      );
      const expected = new Map<string, Counts>();
      for (const county of counties) {
        for (const [area, counts] of county.byArea) {
          const sofar = expected.get(area);
          expected.set(area, sofar === undefined ? counts : sumCounts([counts], sofar));
        }
      }
      expect(byAreaOf(view.rollup.byArea), prefecture.name).toEqual(expected);
    }
  });

  it('the province’s figures are the sum of its prefectures’ and of its directly administered counties’', async () => {
    const province = await provinceRollup();
    const counties = units.filter((unit) => unit.tier === 'COUNTY');
    expect(province.rollup.counties).toBe(counties.length);
    expect(province.rollup.totals).toEqual(totalsOf(counties));
    expect(province.rollup.overdueMilestones).toBe(
      counties.reduce((sum, county) => sum + countyFigures.get(county.tenant)!.overdue, 0),
    );

    const prefectureRollups = await Promise.all(
      units
        .filter((unit) => unit.tier === 'PREFECTURE')
        .map(async (unit) => (await prefectureView(unit.tenant)).rollup),
    );
    const direct = countiesOf(PROVINCE);
    expect(direct.map((county) => county.name).sort()).toEqual(['抚远市', '绥芬河市'].sort());
    const parts = [...prefectureRollups.map((rollup) => rollup.totals), totalsOf(direct)];
    expect(province.rollup.totals).toEqual(sumCounts(parts, zeroOf(parts[0]!)));
    const acceptances = prefectureRollups.map((rollup) => rollup.acceptance);
    const byStatus = (status: string) =>
      direct.filter((county) => countyFigures.get(county.tenant)!.status === status);
    expect(province.rollup.acceptance.completed).toBe(
      (sumCounts(acceptances, zeroOf(acceptances[0]!))['completed']! as number) +
        byStatus('COMPLETED').length,
    );
  });

  it('the province’s figures are what the event store holds', async () => {
    const { rollup } = await provinceRollup();
    const totals = rollup.totals as Record<string, Record<string, number>>;
    const events = (type: string) => seed.eventsByType[type] ?? 0;
    expect(totals['catalogue']).toMatchObject({
      itemsTotal: events('CatalogueItemDrafted'),
      retired: events('CatalogueItemRetired'),
      revisions: events('StandardRevised'),
    });
    expect(totals['disclosures']!['total']).toBe(events('DisclosurePublished'));
    expect(totals['interpretations']!['total']).toBe(events('InterpretationPublished'));
    expect(totals['responses']!['total']).toBe(events('ConcernResponded'));
    expect(totals['feedback']!['count']).toBe(events('PublicFeedbackRecorded'));
    expect(rollup.acceptance).toMatchObject({
      registered: events('PilotUnitRegistered'),
      completed: events('PilotCompleted'),
    });
    const catalogue = await read<{ totalCount: number }>(
      'catalogue',
      'query ($tenant: TenantCode!) { catalogue(tenant: $tenant, first: 1) { totalCount } }',
      { tenant: PROVINCE },
    );
    expect(catalogue.totalCount).toBe(events('CatalogueItemDrafted'));
  });

  it('the State Council’s national rollup includes 黑龙江省 with the province’s own figures', async () => {
    const [national, province] = await Promise.all([nationalRollup(), provinceRollup()]);
    expect(national.provinces.map((row) => [row.tenant, row.name])).toEqual([[PROVINCE, '黑龙江省']]);
    expect(national.provinces[0]!.all).toEqual(province.rollup);
    expect(national.nationalPilots.counties).toBe(seed.pilotUnits['national']);
    expect(national.provincialPilots.counties).toBe(seed.pilotUnits['provincial']);
    expect(sumCounts([national.nationalPilots.totals], national.provincialPilots.totals)).toEqual(
      province.rollup.totals,
    );
  });

  it('as of 2018-03-01 the province and the national rollup agree, on lower figures than today', async () => {
    const asOf = { date: '2018-03-01' };
    const [national, province, live] = await Promise.all([
      nationalRollup(asOf),
      provinceRollup(asOf),
      provinceRollup(),
    ]);
    expect(national.provinces[0]!.all.totals).toEqual(province.rollup.totals);
    const then = province.rollup.totals as Record<string, Record<string, number>>;
    const now = live.rollup.totals as Record<string, Record<string, number>>;
    expect(then['disclosures']!['total']).toBeGreaterThan(0);
    expect(then['disclosures']!['total']).toBeLessThan(now['disclosures']!['total']!);
    expect(then['catalogue']!['revisions']).toBeLessThan(now['catalogue']!['revisions']!);
    expect(province.rollup.acceptance['completed']).toBe(0);
  });
});
