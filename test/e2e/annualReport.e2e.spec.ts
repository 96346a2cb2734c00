import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, dataOf } from '../support/graphql';
import type { TestPlatform } from '../support/platform';
import { startTestPlatform } from '../support/platform';
import { admin } from '../support/tokens';
import { UNITS } from '../support/units';
import { waitForProjection } from '../support/waitForProjection';

// The seeded platform (its seed step "applications" included): applications of both regulations,
// annual reports of both formats, through GraphQL and GET /reports/<tenant>/annual/<year>.<format>.

const PROVINCE = UNITS.province.code;
const DAOLI = UNITS.daoli.code;
const provinceAdmin = admin(PROVINCE, 'province');

let platform: TestPlatform;

const download = (path: string, authorization: string | null): Promise<Response> =>
  fetch(`${platform.url}${path}`, authorization === null ? {} : { headers: { authorization } });

beforeAll(async () => {
  platform = await startTestPlatform({ seed: true });
  const head = await platform.stack.eventStore.headPosition();
  await waitForProjection(
    async () =>
      dataOf<{ basis: { position: number } }>(
        await platform.graphql(provinceAdmin, '{ provinceView(code: "230000") { basis { position } } }'),
        'provinceView',
      ),
    (view) => view.basis.position,
    head,
    { timeoutMs: 120_000 },
  );
}, 240_000);

afterAll(async () => {
  await platform?.close();
});

describe('the seeded applications (依申请公开)', () => {
  it('every pilot county has applications; clocks ran under both regulations', async () => {
    const regulations = new Set<string>();
    for (const date of ['2018-06-15', '2019-11-15']) {
      const queue = dataOf<{
        counts: { open: number };
        offices: unknown[];
        open: { pageInfo: { hasNextPage: boolean }; edges: { node: { clock: { regulation: string } } }[] };
      }>(
        await platform.graphql(
          provinceAdmin,
          `query ($date: Date!) { applicationQueue(code: "230000", asOf: { date: $date }) { counts { open } offices { tenant } open(first: 500) { pageInfo { hasNextPage } edges { node { clock { regulation } } } } } }`,
          { date },
        ),
        'applicationQueue',
      );
      expect(queue.offices).toHaveLength(15);
      expect(queue.open.pageInfo.hasNextPage).toBe(false);
      for (const { node } of queue.open.edges) regulations.add(node.clock.regulation);
    }
    expect(regulations).toEqual(new Set(['ogi-2007', 'ogi-2019']));
  });

  it('the annual report of a county and of the province download in the format of their year', async () => {
    const daoli = await download(
      `/reports/${DAOLI}/annual/2018.docx`,
      bearer(await platform.token(admin(DAOLI, 'county'))),
    );
    expect(daoli.status).toBe(200);
    expect(daoli.headers.get('x-gongkai-report-format')).toBe('format-2019');
    expect(
      Buffer.from(await daoli.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const province = await download(
      `/reports/${PROVINCE}/annual/2021.html`,
      bearer(await platform.token(provinceAdmin)),
    );
    expect(province.status).toBe(200);
    expect(province.headers.get('x-gongkai-report-format')).toBe('format-2021');
    expect(await province.text()).toContain('国办公开办函〔2021〕30号');
  });

  it('another county’s annual report is refused; without a token, 401; a bad file name, 404', async () => {
    const mishan = bearer(await platform.token(admin(UNITS.mishan.code, 'county')));
    const refused = await download(`/reports/${DAOLI}/annual/2018.docx`, mishan);
    expect(refused.status).toBe(403);
    expect((await download(`/reports/${DAOLI}/annual/2018.docx`, null)).status).toBe(401);
    expect((await download(`/reports/${UNITS.mishan.code}/annual/2018.pdf`, mishan)).status).toBe(404);
  });

  it('the annual report downloads as of a position (the same bytes again) or a day; a bad one is a 400 saying what to send', async () => {
    const daoli = bearer(await platform.token(admin(DAOLI, 'county')));
    const live = await download(`/reports/${DAOLI}/annual/2019.json`, daoli);
    expect(live.status).toBe(200);
    const position = Number(live.headers.get('x-gongkai-report-position'));
    expect(position).toBeGreaterThan(0);
    const pinned = await download(`/reports/${DAOLI}/annual/2019.json?position=${position}`, daoli);
    expect(pinned.headers.get('x-gongkai-report-position')).toBe(String(position));
    expect(await pinned.text()).toBe(await live.text());
    const first = await download(`/reports/${DAOLI}/annual/2019.json?position=1`, daoli);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-gongkai-report-position')).toBe('1');
    const total = async (response: Response) =>
      (JSON.parse(await response.text()) as { applications: { rows: { values: { total: number } }[] } })
        .applications.rows[0]!.values.total;
    expect(await total(first)).toBe(0);
    const midYear = await download(`/reports/${DAOLI}/annual/2019.json?date=2019-06-30`, daoli);
    const yearEnd = await download(`/reports/${DAOLI}/annual/2019.json`, daoli);
    expect(await total(midYear)).toBeLessThan(await total(yearEnd));
    for (const [query, code] of [
      ['?position=abc', 'INVALID_AS_OF'],
      ['?date=2019-6-30', 'INVALID_AS_OF'],
      ['?date=2018-06-30', 'REPORT_DATE_OUTSIDE_YEAR'],
      [`?position=${position + 1_000_000}`, 'REPORT_REQUEST_INVALID'],
    ] as const) {
      const refused = await download(`/reports/${DAOLI}/annual/2019.json${query}`, daoli);
      expect(refused.status, query).toBe(400);
      expect(
        ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
      ).toBe(code);
    }
  });
});
