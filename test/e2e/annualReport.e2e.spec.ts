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
        open: { clock: { regulation: string } }[];
      }>(
        await platform.graphql(
          provinceAdmin,
          `query ($date: Date!) { applicationQueue(code: "230000", asOf: { date: $date }) { counts { open } offices { tenant } open { clock { regulation } } } }`,
          { date },
        ),
        'applicationQueue',
      );
      expect(queue.offices).toHaveLength(15);
      for (const entry of queue.open) regulations.add(entry.clock.regulation);
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
});
