import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../support/platform';
import { startTestPlatform } from '../support/platform';
import { committedSchema, wholeViewField } from '@gongkai/api/testing/wholeView';
import type { Principal } from '../support/tokens';
import { admin, viewer } from '../support/tokens';
import { NATIONAL_TENANT } from '../support/units';

// Issue 14 item 6: views "as of" are bounded per query (GONGKAI_MAX_AS_OF_FIELDS, issue 16: the
// cost measures work on the seed, the bound keeps aliases × asOf in check at any scale), computed
// a few at a time per principal, and never hold up the health checks.
let platform: TestPlatform;
const province = admin('230000', 'province');

beforeAll(async () => {
  platform = await startTestPlatform({ seed: true });
}, 180_000);
afterAll(async () => platform?.close());

const aliased = (count: number, view: (index: number) => string): string =>
  `{ ${Array.from({ length: count }, (_, index) => `v${index}: ${view(index)}`).join(' ')} }`;

const provinceAsOf = (index: number) =>
  `provinceView(code: "230000", asOf: { position: ${1_000 + index * 250} }) { name rollup { counties } }`;

describe('views as of a position or date', () => {
  it('30 aliased provinceView asOf are refused by the bound on fields as of: TOO_MANY_AS_OF_FIELDS', async () => {
    const response = await platform.graphql(province, aliased(30, provinceAsOf));
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: 'TOO_MANY_AS_OF_FIELDS',
      limit: 'asOfFields',
      actual: 30,
      max: platform.config.maxAsOfFields,
    });
    expect(response.body.errors?.[0]?.message).toContain('asOf');
    expect(response.body.data ?? null).toBeNull();
  });

  it('5 aliased provinceViews are served live, refused as of a position; 4 as of are served', async () => {
    expect(platform.config.maxAsOfFields).toBe(4); // GONGKAI_MAX_AS_OF_FIELDS' default
    const live = await platform.graphql(
      province,
      aliased(5, () => 'provinceView(code: "230000") { name rollup { counties } }'),
    );
    expect(live.body.errors).toBeUndefined();
    expect(Object.keys(live.body.data ?? {})).toHaveLength(5);
    const asOf = await platform.graphql(province, aliased(5, provinceAsOf));
    expect(asOf.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_AS_OF_FIELDS');
    const four = await platform.graphql(province, aliased(4, provinceAsOf));
    expect(four.body.errors).toBeUndefined();
    expect(Object.keys(four.body.data ?? {})).toHaveLength(4);
  });

  it('fields as of inside fragments count', async () => {
    const county = (index: number) =>
      `c${index}: countyView(code: "230102", asOf: { date: "2018-0${index + 1}-01" }) { name }`;
    const query = `{ ${county(0)} ${county(1)} ...Q } fragment Q on Query { ${[2, 3, 4].map(county).join(' ')} }`;
    const response = await platform.graphql(province, query);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_AS_OF_FIELDS', actual: 5 });
  });

  it('leave /healthz answering while requests of as-of views are being computed', async () => {
    const asOfCounties = aliased(
      4,
      (index) =>
        `countyView(code: "230102", asOf: { date: "2018-0${1 + index}-15" }) { name totals { catalogue { items } } }`,
    );
    let graphqlDone = false;
    const requests = Promise.all([0, 1, 2, 3, 4, 5].map(() => platform.graphql(province, asOfCounties))).then(
      (responses) => {
        graphqlDone = true;
        return responses;
      },
    );
    const health = await fetch(`${platform.url}/healthz`);
    const answeredInFlight = !graphqlDone;
    const responses = await requests;
    expect(health.status).toBe(200);
    for (const response of responses) expect(response.body.errors).toBeUndefined();
    // The health check was answered before the as-of views were all computed.
    expect(answeredInFlight).toBe(true);
  });
});

// Issue 16: a whole view of every tier, every field, fits the platform's default limits, live
// and as of (each within its tier's tenancy, which the limits leave unchanged).
describe('whole views under the default limits', () => {
  const schema = committedSchema();
  const tiers: [string, Principal, string][] = [
    ['countyView', admin('230102', 'county'), 'code: "230102"'],
    ['prefectureView', admin('230100', 'prefecture'), 'code: "230100"'],
    ['provinceView', province, 'code: "230000"'],
    ['nationalRollup', viewer(NATIONAL_TENANT, 'national'), ''],
  ];

  it.each(tiers)(
    'a whole %s is served, live and as of a date and a position',
    async (name, principal, code) => {
      for (const asOf of ['', 'asOf: { date: "2018-06-30" }', 'asOf: { position: 5000 }']) {
        const args = [code, asOf].filter((arg) => arg !== '').join(', ');
        const response = await platform.graphql(principal, `{ ${wholeViewField(schema, name, args)} }`);
        expect(response.body.errors, `${name} ${asOf}`).toBeUndefined();
        expect(response.body.data?.[name], `${name} ${asOf}`).toBeTruthy();
      }
    },
  );

  it('the limits leave tenancy as it was: a county admin asking the province view is refused', async () => {
    const response = await platform.graphql(
      admin('230102', 'county'),
      `{ ${wholeViewField(schema, 'provinceView', 'code: "230000"')} }`,
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('TENANT_FORBIDDEN');
  });
});
