import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../support/platform';
import { startTestPlatform } from '../support/platform';
import { admin } from '../support/tokens';

// Issue 14 item 6: views "as of" are counted in the query cost, computed a few at a time per
// principal, and never hold up the health checks.
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
  it('30 aliased provinceView asOf are refused by the cost limit, which counts asOf', async () => {
    const response = await platform.graphql(province, aliased(30, provinceAsOf));
    expect(response.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(response.body.data ?? null).toBeNull();
  });

  it('count asOf in the cost: 5 aliased provinceViews are served live, refused as of a position', async () => {
    const live = await platform.graphql(
      province,
      aliased(5, () => 'provinceView(code: "230000") { name rollup { counties } }'),
    );
    expect(live.body.errors).toBeUndefined();
    expect(Object.keys(live.body.data ?? {})).toHaveLength(5);
    const asOf = await platform.graphql(province, aliased(5, provinceAsOf));
    expect(asOf.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('leave /healthz answering while requests of as-of views are being computed', async () => {
    const asOfCounties = aliased(
      6,
      (index) =>
        `countyView(code: "230102", asOf: { date: "2018-0${1 + index}-15" }) { name totals { catalogue { items } } }`,
    );
    let graphqlDone = false;
    const requests = Promise.all([0, 1, 2, 3].map(() => platform.graphql(province, asOfCounties))).then(
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
