import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, GongkaiTestApi } from './testing/gongkaiTestApi';
import { UNITS, VIEW_DATE, startGongkaiTestApi } from './testing/gongkaiTestApi';
import {
  DAOLI_ADMIN,
  DAOLI_ITEMS,
  HARBIN_ADMIN,
  PROVINCE_ADMIN,
  REPORT_ID,
  seedPilot,
} from './testing/seedPilot';
import { selectAll } from './testing/selectAll';

const NATION: Caller = { sub: 'state-council', tenant: UNITS.nation, tier: 'national', roles: ['viewer'] };

let api: GongkaiTestApi;
beforeAll(async () => {
  // Asking for every field of a view is far beyond what the default limits let a client ask.
  api = await startGongkaiTestApi({
    limits: { maxCost: 1_000_000, maxDepth: 20, maxTokens: 100_000, maxBodyBytes: 1_000_000 },
  });
  await seedPilot(api);
});
afterAll(() => api.close());

const lastCall = (query: string) => api.views.calls.filter((call) => call.query === query).at(-1);

describe('every field of every view resolves over the projections’ views', () => {
  const cases: [string, Caller, string, string][] = [
    ['countyView', DAOLI_ADMIN, '{ countyView(code: "230102") $ }', 'CountyView'],
    ['prefectureView', HARBIN_ADMIN, '{ prefectureView(code: "230100") $ }', 'PrefectureView'],
    ['provinceView', PROVINCE_ADMIN, '{ provinceView(code: "230000") $ }', 'ProvinceView'],
    ['nationalRollup', NATION, '{ nationalRollup $ }', 'NationalRollup'],
    ['catalogue', PROVINCE_ADMIN, '{ catalogue(tenant: "230000", first: 50) $ }', 'CatalogueConnection'],
    ['catalogueItem', DAOLI_ADMIN, '{ catalogueItem(tenant: "230102", id: "item-1") $ }', 'CatalogueItem'],
    ['milestones', PROVINCE_ADMIN, '{ milestones(tenant: "230000") $ }', 'Milestones'],
    ['auditTrail', DAOLI_ADMIN, '{ auditTrail(streamId: "pilotUnit-230102") $ }', 'AuditTrail'],
  ];

  it.each(cases)('%s', async (field, caller, query, type) => {
    const body = await api.graphql(caller, query.replace('$', selectAll(api.app.schema, type)));
    expect(body.errors).toBeUndefined();
    expect(body.data?.[field]).toEqual(expect.objectContaining({}));
  });
});

describe('the tier views come through as the projections shape them', () => {
  it('a county admin reads its county: Chinese names as data, enums in GraphQL case, rates as numbers', async () => {
    const body = await api.graphql(
      DAOLI_ADMIN,
      `{ countyView(code: "230102") {
          tenant ancestors name tier pilotLevel reportingParent assignedAreas basis { date asOf { position } }
          totals { catalogue { items draft published completenessRate byMode { mode items } } disclosures { total } }
          byArea { area areaName assigned }
          acceptance {
            status plan { title filedWith }
            prefecture { stage passed score findings conductedBy }
            rectifications { stage items open }
          }
      } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['countyView']).toEqual({
      tenant: UNITS.daoli,
      ancestors: [UNITS.harbin, UNITS.province, UNITS.nation],
      name: '道里区',
      tier: 'COUNTY',
      pilotLevel: 'NATIONAL',
      reportingParent: UNITS.harbin,
      assignedAreas: ['compulsory-education'],
      basis: { date: VIEW_DATE, asOf: null },
      totals: {
        catalogue: {
          items: 7,
          draft: 4,
          published: 3,
          completenessRate: 3 / 7,
          byMode: [
            { mode: 'PROACTIVE', items: 3 },
            { mode: 'ON_REQUEST', items: 0 },
          ],
        },
        disclosures: { total: 1 },
      },
      byArea: [{ area: 'compulsory-education', areaName: '义务教育', assigned: true }],
      acceptance: {
        status: 'RECTIFYING',
        plan: { title: '道里区基层政务公开标准化规范化试点实施方案', filedWith: UNITS.harbin },
        prefecture: {
          stage: 'PREFECTURE',
          passed: false,
          score: 55,
          findings: ['目录不全'],
          conductedBy: UNITS.harbin,
        },
        rectifications: [{ stage: 'PREFECTURE', items: ['补全义务教育目录'], open: true }],
      },
    });
  });

  it('a prefecture compares its counties; the province sees its direct counties and its overall report', async () => {
    const prefecture = await api.graphql(
      HARBIN_ADMIN,
      '{ prefectureView(code: "230100") { name counties { name status items publishedItems } } }',
    );
    expect(prefecture.data).toEqual({
      prefectureView: {
        name: '哈尔滨市',
        counties: [{ name: '道里区', status: 'RECTIFYING', items: 7, publishedItems: 3 }],
      },
    });
    const province = await api.graphql(
      PROVINCE_ADMIN,
      `{ provinceView(code: "230000") {
          name byPilotLevel { pilotLevel } directlyAdministeredCounties { name }
          overallReport { reportId versions { version title compiledOn } submitted { version } }
      } }`,
    );
    expect(province.data).toEqual({
      provinceView: {
        name: '黑龙江省',
        byPilotLevel: [{ pilotLevel: 'NATIONAL' }, { pilotLevel: 'PROVINCIAL' }],
        directlyAdministeredCounties: [{ name: '抚远市' }, { name: '绥芬河市' }],
        overallReport: {
          reportId: REPORT_ID,
          versions: [
            {
              version: 1,
              title: '黑龙江省基层政务公开标准化规范化试点工作总体报告',
              compiledOn: '2018-08-20',
            },
          ],
          submitted: null,
        },
      },
    });
  });

  it('a catalogue item with its standard, disclosures and the chain behind them', async () => {
    const body = await api.graphql(
      DAOLI_ADMIN,
      `{ catalogueItem(tenant: "230102", id: "item-1") {
          itemId streamId status source name { level2Name }
          standard { mode timeLimit { rules { type days } } channels { code name required } }
          completeness { complete missing }
          disclosures { disclosureId channel channelName timelinessState interpretationIds responseIds }
          interpretations { form } responses { concern } feedback { kind satisfaction }
      } }`,
    );
    expect(body.data?.['catalogueItem']).toEqual({
      itemId: 'item-1',
      streamId: 'catalogueItem-230102-item-1',
      status: 'PUBLISHED',
      source: 'PUBLIC_SERVICE_LIST',
      name: { level2Name: '招生范围' },
      standard: {
        mode: ['PROACTIVE'],
        timeLimit: { rules: [{ type: 'WORKING_DAYS_AFTER_FORMATION', days: 20 }] },
        channels: [
          { code: 'GOVERNMENT_WEBSITE', name: '政府网站', required: true },
          { code: 'NOTICE_BOARD', name: '社区/企事业单位/村公示栏（电子屏）', required: false },
        ],
      },
      completeness: { complete: true, missing: [] },
      disclosures: [
        {
          disclosureId: 'd-1',
          channel: 'GOVERNMENT_WEBSITE',
          channelName: '政府网站',
          timelinessState: 'ON_TIME',
          interpretationIds: ['i-1'],
          responseIds: ['r-1'],
        },
      ],
      interpretations: [{ form: 'GRAPHIC' }],
      responses: [{ concern: '学区划分是否调整？' }],
      feedback: [{ kind: 'SOCIAL_EVALUATION', satisfaction: 4.5 }],
    });
  });

  it('an unknown item is null, not an error', async () => {
    const body = await api.graphql(
      DAOLI_ADMIN,
      '{ catalogueItem(tenant: "230102", id: "missing") { itemId } }',
    );
    expect(body).toEqual({ data: { catalogueItem: null } });
  });
});

describe('asOf: exactly one of position or date', () => {
  const VIEW = `query ($asOf: AsOf) {
    countyView(code: "230102", asOf: $asOf) {
      basis { position date asOf { position date } }
      totals { catalogue { items published } }
    }
  }`;

  it('a date shows the county as it stood that day', async () => {
    const body = await api.graphql(DAOLI_ADMIN, VIEW, { asOf: { date: '2018-02-03' } });
    expect(body.data?.['countyView']).toMatchObject({
      basis: { date: '2018-02-03', asOf: { date: '2018-02-03', position: null } },
      totals: { catalogue: { items: 7, published: 0 } },
    });
    expect(lastCall('countyView')?.args).toEqual([UNITS.daoli, { date: '2018-02-03' }]);
  });

  it('a position shows what the store held at that position', async () => {
    const body = await api.graphql(DAOLI_ADMIN, VIEW, { asOf: { position: 1 } });
    expect(body.data?.['countyView']).toMatchObject({
      basis: { position: 1, asOf: { position: 1, date: null } },
      totals: { catalogue: { items: 0 } },
    });
    expect(lastCall('countyView')?.args).toEqual([UNITS.daoli, { position: 1 }]);
  });

  it.each([
    ['both', { position: 17, date: '2018-07-31' }, 'asOf has both position and date: give exactly one of'],
    ['neither', {}, 'asOf is empty: give exactly one of asOf.position'],
    ['a negative position', { position: -1 }, 'asOf.position -1 is negative'],
  ])('%s is the caller’s input error, and the views are not asked', async (_, asOf, message) => {
    const calls = api.views.calls.length;
    const body = await api.graphql(DAOLI_ADMIN, VIEW, { asOf });
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining(message) as unknown,
      extensions: { code: 'BAD_USER_INPUT', argument: 'asOf' },
    });
    expect(api.views.calls).toHaveLength(calls);
  });

  it('a date that is not a day is refused by the Date scalar', async () => {
    for (const date of ['2018-02-30', '2018/07/31', '20180731']) {
      const body = await api.graphql(DAOLI_ADMIN, VIEW, { asOf: { date } });
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('YYYY-MM-DD');
    }
  });

  it('applies to every view that travels in time', async () => {
    const both = { asOf: { position: 1, date: '2018-07-31' } };
    const queries: [Caller, string][] = [
      [DAOLI_ADMIN, 'query ($asOf: AsOf) { milestones(tenant: "230102", asOf: $asOf) { tenant } }'],
      [
        DAOLI_ADMIN,
        'query ($asOf: AsOf) { catalogueItem(tenant: "230102", id: "item-1", asOf: $asOf) { itemId } }',
      ],
      [
        DAOLI_ADMIN,
        'query ($asOf: AsOf) { auditTrail(streamId: "pilotUnit-230102", asOf: $asOf) { streamId } }',
      ],
      [HARBIN_ADMIN, 'query ($asOf: AsOf) { prefectureView(code: "230100", asOf: $asOf) { name } }'],
      [PROVINCE_ADMIN, 'query ($asOf: AsOf) { provinceView(code: "230000", asOf: $asOf) { name } }'],
      [NATION, 'query ($asOf: AsOf) { nationalRollup(asOf: $asOf) { tenant } }'],
    ];
    for (const [caller, query] of queries) {
      expect((await api.graphql(caller, query, both)).errors?.[0]?.extensions?.['code']).toBe(
        'BAD_USER_INPUT',
      );
    }
  });
});

describe('the catalogue is a Relay connection', () => {
  const PAGE = `query ($tenant: TenantCode!, $first: Int, $after: String, $status: CatalogueItemStatus, $filter: CatalogueFilter) {
    catalogue(tenant: $tenant, first: $first, after: $after, status: $status, filter: $filter) {
      totalCount
      edges { cursor node { tenant itemId name { level2Name } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  interface Page {
    totalCount: number;
    edges: { cursor: string; node: { tenant: string; itemId: string; name: { level2Name: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }

  const page = async (caller: Caller, variables: Record<string, unknown>): Promise<Page> => {
    const body = await api.graphql(caller, PAGE, variables);
    expect(body.errors).toBeUndefined();
    return body.data?.['catalogue'] as Page;
  };

  it('a county admin pages through its catalogue with first and after until hasNextPage is false', async () => {
    const names: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    for (let index = 0; index < 10; index++) {
      const connection = await page(DAOLI_ADMIN, { tenant: UNITS.daoli, first: 3, after });
      expect(connection.totalCount).toBe(DAOLI_ITEMS.length);
      sizes.push(connection.edges.length);
      names.push(...connection.edges.map((edge) => edge.node.name.level2Name));
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect([...names].sort()).toEqual([...DAOLI_ITEMS].sort());
  });

  it('the province’s catalogue holds every county’s items; status and filters narrow it', async () => {
    expect((await page(PROVINCE_ADMIN, { tenant: UNITS.province, first: 50 })).totalCount).toBe(8);
    const published = await page(PROVINCE_ADMIN, { tenant: UNITS.province, status: 'PUBLISHED' });
    expect(published.totalCount).toBe(3);
    const disclosed = await page(DAOLI_ADMIN, {
      tenant: UNITS.daoli,
      filter: { disclosed: true, mode: 'PROACTIVE' },
    });
    expect(disclosed.edges.map((edge) => edge.node.itemId)).toEqual(['item-1']);
    expect(lastCall('catalogue')?.args).toEqual([
      { tenant: UNITS.daoli, first: 20, filter: { disclosed: true, mode: 'proactive' } },
    ]);
  });

  it('a cursor the store did not issue is the caller’s input error', async () => {
    const body = await api.graphql(DAOLI_ADMIN, PAGE, { tenant: UNITS.daoli, after: 'not-a-cursor' });
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('endCursor') as unknown,
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  });

  it.each([0, 501])('first: %i is out of range', async (first) => {
    const body = await api.graphql(DAOLI_ADMIN, PAGE, { tenant: UNITS.daoli, first });
    expect(body.errors?.[0]).toMatchObject({
      message: `first must be between 1 and 500; got ${first}.`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });
});
