import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate } from '../../schema/testing/commands';
import type { GongkaiTestApi } from '../../schema/testing/gongkaiTestApi';
import { admin, startGongkaiTestApi, UNITS } from '../../schema/testing/gongkaiTestApi';

// The applicant's tracking page on the real API app over SQLite: stage and dates, no personal data.

const PERSONAL = {
  applicantName: '王五查询人',
  idNumber: '230102199001011234',
  contact: '13700001111',
  address: '道里区某街道8号',
  requestDescription: '本人所在小区2018年加装电梯补贴的审批文件',
};
const TRACKING = 'DLTRACK2018A';

let api: GongkaiTestApi;
beforeAll(async () => {
  api = await startGongkaiTestApi({
    publicSite: {
      csrfSecret: 'tracking-test-secret-0123456789abcdef',
      feedbackRateLimit: { limit: 5, windowSeconds: 600 },
    },
  });
  const { result } = await mutate(
    api,
    admin(UNITS.daoli, 'county'),
    'receiveApplication',
    {
      tenant: UNITS.daoli,
      applicationId: '2018-0100',
      channel: 'IN_PERSON',
      applicantKind: 'NATURAL_PERSON',
      submittedOn: '2018-08-06',
      trackingCode: TRACKING,
      personal: PERSONAL,
    },
    { occurredAt: '2018-08-06T10:00:00+08:00' },
  );
  expect(result?.__typename).toBe('CommandAccepted');
  await api.settle();
}, 60_000);
afterAll(() => api?.close());

const get = (path: string) => fetch(`${api.url}${path}`, { redirect: 'manual' });
const TRACK = `/public/${UNITS.daoli}/applications/track`;

describe('the tracking page of an application (依申请公开办理进度查询)', () => {
  it('without a code: the form, no login', async () => {
    const response = await get(TRACK);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('name="code"');
  });

  it('with the tracking code: the stage and the dates, and no personal data at all', async () => {
    const response = await get(`${TRACK}?code=${TRACKING}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain('2018-0100');
    expect(page).toContain('2018-08-06');
    expect(page).toMatch(/办理中|已超过期限/);
    expect(page).toContain('国务院令第492号');
    for (const value of Object.values(PERSONAL)) expect(page).not.toContain(value);
  });

  it('an unknown code and the code at another office answer alike (404); a malformed code is 400', async () => {
    const unknown = await get(`${TRACK}?code=NOSUCHCODE1`);
    const elsewhere = await get(`/public/${UNITS.mishan}/applications/track?code=${TRACKING}`);
    expect([unknown.status, elsewhere.status]).toEqual([404, 404]);
    expect(await elsewhere.text()).not.toContain('2018-0100');
    expect((await get(`${TRACK}?code=abc`)).status).toBe(400);
  });

  it('lookups are rate-limited per client like the feedback form (429 with Retry-After)', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 6; i++) last = await get(`${TRACK}?code=NOSUCHCODE${i}`);
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
