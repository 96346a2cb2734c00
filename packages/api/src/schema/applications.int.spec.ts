import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate } from './testing/commands';
import type { GongkaiTestApi } from './testing/gongkaiTestApi';
import { UNITS, admin, startGongkaiTestApi } from './testing/gongkaiTestApi';

const DAOLI = admin(UNITS.daoli, 'county');
const MISHAN = admin(UNITS.mishan, 'county');
const HARBIN = admin(UNITS.harbin, 'prefecture');
const PROVINCE = admin(UNITS.province, 'province');
const APPLICANT = '李四申请人';

const at = (date: string) => ({ occurredAt: `${date}T10:00:00+08:00` });
const receive = (tenant: string, applicationId: string, trackingCode: string) => ({
  tenant,
  applicationId,
  channel: 'IN_PERSON',
  applicantKind: 'NATURAL_PERSON',
  submittedOn: '2018-08-01',
  trackingCode,
  personal: { applicantName: APPLICANT, contact: '13900000000', requestDescription: '某小区规划许可' },
});

const APPLICATION = /* GraphQL */ `
  query ($tenant: TenantCode!, $id: ID!) {
    application(tenant: $tenant, id: $id, asOf: { date: "2018-08-10" }) {
      tenant
      applicationId
      stage
      clock {
        status
        regulation
      }
      personal {
        applicantName
        contact
      }
    }
  }
`;

let api: GongkaiTestApi;
beforeAll(async () => {
  // The platform's cost limit (GONGKAI_MAX_QUERY_COST): a tenant's annual figures as of a day fold its applications.
  api = await startGongkaiTestApi({ limits: { maxCost: 20_000 } });
  for (const [caller, tenant, id, code] of [
    [DAOLI, UNITS.daoli, '2018-0001', 'DL2018000001'],
    [MISHAN, UNITS.mishan, '2018-0001', 'MS2018000001'],
  ] as const) {
    const { result } = await mutate(
      api,
      caller,
      'receiveApplication',
      receive(tenant, id, code),
      at('2018-08-01'),
    );
    expect(result?.__typename).toBe('CommandAccepted');
  }
  const corrected = await mutate(
    api,
    DAOLI,
    'requestApplicationCorrection',
    { tenant: UNITS.daoli, applicationId: '2018-0001', requestedOn: '2018-08-02', correctBy: '2018-08-20' },
    at('2018-08-02'),
  );
  expect(corrected.result?.__typename).toBe('CommandAccepted');
  await api.settle();
}, 60_000);
afterAll(() => api?.close());

describe('on-request disclosure through GraphQL', () => {
  it('the mutations come from the registry; a refusal is the domain’s code (a second correction request)', async () => {
    const { result } = await mutate(
      api,
      DAOLI,
      'requestApplicationCorrection',
      { tenant: UNITS.daoli, applicationId: '2018-0001', requestedOn: '2018-08-03', correctBy: '2018-08-21' },
      at('2018-08-03'),
    );
    expect(result).toMatchObject({ __typename: 'CommandRejected', code: 'CORRECTION_ALREADY_REQUESTED' });
  });

  it('a prefecture cannot record an application of its county (the county office itself writes)', async () => {
    const { body, result } = await mutate(
      api,
      HARBIN,
      'receiveApplication',
      receive(UNITS.daoli, '2018-0002', 'DL2018000002'),
      at('2018-08-01'),
    );
    expect(
      result?.__typename === 'CommandRejected' ? result.code : body.errors?.[0]?.extensions?.['code'],
    ).toMatch(/FORBIDDEN/);
  });

  it('the office sees its application with the applicant; the prefecture and province see the stage only', async () => {
    const own = await api.graphql(DAOLI, APPLICATION, { tenant: UNITS.daoli, id: '2018-0001' });
    expect(own.data?.['application']).toEqual({
      tenant: UNITS.daoli,
      applicationId: '2018-0001',
      stage: 'AWAITING_CORRECTION',
      clock: { status: 'AWAITING_CORRECTION', regulation: 'ogi-2007' },
      personal: { applicantName: APPLICANT, contact: '13900000000' },
    });
    for (const caller of [HARBIN, PROVINCE]) {
      const above = await api.graphql(caller, APPLICATION, { tenant: UNITS.daoli, id: '2018-0001' });
      expect(above.data?.['application']).toMatchObject({ stage: 'AWAITING_CORRECTION', personal: null });
    }
  });

  it('a county cannot read another county’s applications, queue or figures', async () => {
    for (const query of [
      [APPLICATION, { tenant: UNITS.mishan, id: '2018-0001' }],
      ['query ($c: TenantCode!) { applicationQueue(code: $c) { tenant } }', { c: UNITS.mishan }],
      [
        'query ($c: TenantCode!) { annualReportFigures(code: $c, year: 2018) { tenant } }',
        { c: UNITS.mishan },
      ],
    ] as const) {
      const body = await api.graphql(DAOLI, query[0], query[1]);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('TENANT_FORBIDDEN');
    }
  });

  it('the province’s queue and figures roll up both counties, with no applicant in them', async () => {
    const body = await api.graphql(
      PROVINCE,
      /* GraphQL */ `
        query ($c: TenantCode!) {
          applicationQueue(code: $c, asOf: { date: "2018-08-10" }) {
            counts {
              open
              awaitingCorrection
            }
            offices {
              tenant
              open
            }
            open {
              totalCount
              edges {
                node {
                  tenant
                  applicationId
                  stage
                }
              }
            }
          }
          annualReportFigures(code: $c, year: 2018) {
            figures {
              format
              applications {
                key
                values
              }
            }
            counties {
              tenant
            }
          }
        }
      `,
      { c: UNITS.province },
    );
    expect(body.errors).toBeUndefined();
    const queue = body.data?.['applicationQueue'] as { counts: unknown; offices: { tenant: string }[] };
    expect(queue.counts).toEqual({ open: 2, awaitingCorrection: 1 });
    expect(queue.offices.map((office) => office.tenant)).toEqual([UNITS.daoli, UNITS.mishan]);
    const figures = body.data?.['annualReportFigures'] as {
      figures: { format: string; applications: { key: string; values: Record<string, number> }[] };
    };
    expect(figures.figures.format).toBe('format-2019');
    expect(figures.figures.applications.find((row) => row.key === 'new-this-year')?.values['total']).toBe(2);
    expect(JSON.stringify(body)).not.toContain(APPLICANT);
  });

  it('the queue’s open applications come a page at a time, in the queue’s order, each page after the cursor of the one before', async () => {
    const page = async (first: number, after: string | null) => {
      const body = await api.graphql(
        PROVINCE,
        /* GraphQL */ `
          query ($first: Int, $after: String) {
            applicationQueue(code: "230000", asOf: { date: "2018-08-10" }) {
              counts {
                open
              }
              open(first: $first, after: $after) {
                totalCount
                pageInfo {
                  endCursor
                  hasNextPage
                }
                edges {
                  cursor
                  node {
                    applicationId
                    clock {
                      dueOn
                    }
                  }
                }
              }
            }
          }
        `,
        { first, after },
      );
      expect(body.errors).toBeUndefined();
      return body.data?.['applicationQueue'] as {
        counts: { open: number };
        open: {
          totalCount: number;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
          edges: { cursor: string; node: { applicationId: string; clock: { dueOn: string | null } } }[];
        };
      };
    };
    const whole = await page(50, null);
    expect(whole.open.totalCount).toBe(whole.counts.open);
    expect(whole.open.edges).toHaveLength(2);
    expect(whole.open.pageInfo.hasNextPage).toBe(false);
    const first = await page(1, null);
    expect(first.open.edges.map((edge) => edge.node)).toEqual([whole.open.edges[0]!.node]);
    expect(first.open.pageInfo).toEqual({ endCursor: first.open.edges[0]!.cursor, hasNextPage: true });
    const second = await page(1, first.open.pageInfo.endCursor);
    expect(second.open.edges.map((edge) => edge.node)).toEqual([whole.open.edges[1]!.node]);
    expect(second.open.pageInfo.hasNextPage).toBe(false);
    const past = await page(1, second.open.pageInfo.endCursor);
    expect(past.open).toMatchObject({
      totalCount: 2,
      edges: [],
      pageInfo: { endCursor: null, hasNextPage: false },
    });
    for (const [first, after, argument] of [
      [0, null, 'first'],
      [501, null, 'first'],
      [1, 'not-a-cursor', 'after'],
    ] as const) {
      const body = await api.graphql(
        PROVINCE,
        'query ($first: Int, $after: String) { applicationQueue(code: "230000") { open(first: $first, after: $after) { totalCount } } }',
        { first, after },
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('figures as of a day outside the year are the domain’s refusal, with its code', async () => {
    const body = await api.graphql(
      DAOLI,
      'query { annualReportFigures(code: "230102", year: 2018, asOf: { date: "2017-12-31" }) { tenant } }',
    );
    expect(body.errors?.[0]?.extensions?.['code']).toBe('REPORT_DATE_OUTSIDE_YEAR');
  });

  it('the live queue is answered again from the response until an application command lands', async () => {
    const queue = () =>
      api.graphql(
        PROVINCE,
        '{ applicationQueue(code: "230000") { counts { open } offices { tenant open } } }',
      );
    const calls: string[] = [];
    const applications = api.applications;
    const original = applications.queue.bind(applications);
    applications.queue = (code, asOf) => (calls.push(code), original(code, asOf));
    try {
      const first = await queue();
      expect(await queue()).toEqual(first);
      expect(calls).toHaveLength(1);
      const { result } = await mutate(
        api,
        MISHAN,
        'receiveApplication',
        receive(UNITS.mishan, '2018-0099', 'MS2018000099'),
        at('2018-08-02'),
      );
      expect(result?.__typename).toBe('CommandAccepted');
      const after = await queue();
      expect(calls).toHaveLength(2);
      const open = (body: typeof first) =>
        (body.data?.['applicationQueue'] as { counts: { open: number } }).counts.open;
      expect(open(after)).toBe(open(first) + 1);
    } finally {
      applications.queue = original;
    }
  });
});
