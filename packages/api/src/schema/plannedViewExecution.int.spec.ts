import type { GraphQLFieldResolver, GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate } from './testing/commands';
import type { Caller, GongkaiTestApi } from './testing/gongkaiTestApi';
import { UNITS, startGongkaiTestApi } from './testing/gongkaiTestApi';
import { DAOLI_ADMIN, HARBIN_ADMIN, MISHAN_ADMIN, PROVINCE_ADMIN, seedPilot } from './testing/seedPilot';
import { selectAll } from './testing/selectAll';

const NATION: Caller = { sub: 'state-council', tenant: UNITS.nation, tier: 'national', roles: ['viewer'] };

let api: GongkaiTestApi;
beforeAll(async () => {
  // Every execution here is a real one: no answer is taken from the response cache.
  api = await startGongkaiTestApi({
    viewResponseCache: false,
    limits: { maxCost: 1_000_000, maxDepth: 20, maxTokens: 100_000, maxBodyBytes: 1_000_000 },
  });
  await seedPilot(api);
  for (const [id, submittedOn] of [
    ['2018-0001', '2018-08-01'],
    ['2018-0002', '2018-08-03'],
  ] as const) {
    const { result } = await mutate(
      api,
      DAOLI_ADMIN,
      'receiveApplication',
      {
        tenant: UNITS.daoli,
        applicationId: id,
        channel: 'IN_PERSON',
        applicantKind: 'NATURAL_PERSON',
        submittedOn,
        trackingCode: `DL${id.replace('-', '')}00`,
        personal: { applicantName: '李四', contact: '13900000000', requestDescription: '某小区规划许可' },
      },
      { occurredAt: `${submittedOn}T10:00:00+08:00` },
    );
    expect(result?.__typename).toBe('CommandAccepted');
  }
  await api.settle();
});
afterAll(() => api.close());

/**
 * The same query through the standard executor: a directive on each view field is something the
 * plan leaves to graphql-js (`@include(if: true)` changes nothing else).
 */
const standardOf = (query: string): string =>
  query.replace(
    /\b(countyView|prefectureView|provinceView|nationalRollup|milestones|applicationQueue)(\([^)]*\))?\s*\{/g,
    '$1$2 @include(if: true) {',
  );

/** Both answers, as the JSON text a client receives (key order included). */
const bothAnswers = async (caller: Caller, query: string, variables?: Record<string, unknown>) => {
  const before = api.views.calls.length;
  const planned = await api.graphql(caller, query, variables);
  // The standard executor, were the plan given up, would ask the views again.
  const viewCalls = api.views.calls.length - before;
  const standard = await api.graphql(caller, standardOf(query), variables);
  return { planned: JSON.stringify(planned), standard: JSON.stringify(standard), body: planned, viewCalls };
};

describe('a view query executed from its plan answers exactly as graphql-js does', () => {
  const cases: [string, Caller, string, string][] = [
    ['countyView', DAOLI_ADMIN, '{ countyView(code: "230102") $ }', 'CountyView'],
    ['prefectureView', HARBIN_ADMIN, '{ prefectureView(code: "230100") $ }', 'PrefectureView'],
    ['provinceView', PROVINCE_ADMIN, '{ provinceView(code: "230000") $ }', 'ProvinceView'],
    ['nationalRollup', NATION, '{ nationalRollup $ }', 'NationalRollup'],
    ['milestones', PROVINCE_ADMIN, '{ milestones(tenant: "230000") $ }', 'Milestones'],
    [
      'provinceView as of a position',
      PROVINCE_ADMIN,
      '{ provinceView(code: "230000", asOf: { position: 40 }) $ }',
      'ProvinceView',
    ],
  ];

  it.each(cases)('%s, every field', async (_name, caller, query, type) => {
    const { planned, standard, body, viewCalls } = await bothAnswers(
      caller,
      query.replace('$', selectAll(api.app.schema, type)),
    );
    expect(body.errors).toBeUndefined();
    expect(viewCalls).toBe(1);
    expect(planned).toBe(standard);
  });

  it.each(cases)(
    '%s: the body a client receives is the standard one, byte for byte',
    async (_name, caller, query, type) => {
      const full = query.replace('$', selectAll(api.app.schema, type));
      const planned = await api.graphqlText(caller, full);
      expect(planned.startsWith('{"data":{')).toBe(true);
      expect(planned).toBe(await api.graphqlText(caller, standardOf(full)));
    },
  );

  it('aliases, fragments, variables and __typename, two views in one query', async () => {
    const query = /* GraphQL */ `
      query Dashboard($county: TenantCode!) {
        __typename
        daoli: countyView(code: $county) {
          __typename
          ...Head
          totals {
            catalogue {
              items
              published
            }
          }
        }
        harbin: prefectureView(code: "230100") {
          ... on PrefectureView {
            tenant
            name
          }
          counties {
            tenant
            completenessRate
          }
        }
      }
      fragment Head on CountyView {
        tenant
        name
        pilotLevel
      }
    `;
    const { planned, standard, body, viewCalls } = await bothAnswers(PROVINCE_ADMIN, query, {
      county: UNITS.daoli,
    });
    expect(body.errors).toBeUndefined();
    expect(viewCalls).toBe(2);
    expect(planned).toBe(standard);
  });

  it('a queue as of a day with a page of its open applications (a field with arguments) is planned too', async () => {
    // Counts the page resolver's calls from the plan (which gives resolvers no resolve info).
    const open = (api.app.schema.getType('ApplicationQueue') as GraphQLObjectType).getFields()['open']!;
    const resolve = open.resolve as GraphQLFieldResolver<unknown, unknown>;
    let fromPlan = 0;
    open.resolve = (source, args, context, info) => {
      if (info === undefined) fromPlan++;
      return resolve(source, args, context, info);
    };
    try {
      const query = /* GraphQL */ `
        query ($first: Int, $after: String) {
          applicationQueue(code: "230100", asOf: { date: "2018-08-10" }) {
            tenant
            counts {
              open
            }
            offices {
              tenant
              open
            }
            firstPage: open {
              totalCount
              edges {
                cursor
                node {
                  applicationId
                  clock {
                    status
                    dueOn
                  }
                }
              }
            }
            open(first: $first, after: $after) {
              pageInfo {
                endCursor
                hasNextPage
              }
              edges {
                node {
                  applicationId
                }
              }
            }
          }
        }
      `;
      const { planned, standard, body } = await bothAnswers(HARBIN_ADMIN, query, { first: 1, after: null });
      expect(body.errors).toBeUndefined();
      expect(planned).toBe(standard);
      expect(planned).toContain('2018-0002');
      expect(fromPlan).toBe(2);
    } finally {
      open.resolve = resolve;
    }
  });

  it('a county admin asking for another county gets the standard TENANT_FORBIDDEN answer', async () => {
    const query = '{ countyView(code: "230102") { tenant name } }';
    const { planned, standard, body } = await bothAnswers(MISHAN_ADMIN, query);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'TENANT_FORBIDDEN' });
    expect(planned).toBe(standard);
  });

  it('a bad argument gets the standard BAD_USER_INPUT answer', async () => {
    const query = '{ countyView(code: "230102", asOf: { position: -1 }) { tenant } }';
    const { planned, standard, body } = await bothAnswers(DAOLI_ADMIN, query);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(planned).toBe(standard);
  });
});
