import type { CommandGateway } from '../gateway/commandGateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GongkaiTestApi } from '../schema/testing/gongkaiTestApi';
import { startGongkaiTestApi, UNITS } from '../schema/testing/gongkaiTestApi';
import { seedPilot } from '../schema/testing/seedPilot';

// The public site on the real API app over SQLite: pages, caching headers, and the feedback
// intake through the gateway (with gateways that fail or answer "pending" put in front).

const SECRET = 'public-site-test-secret-0123456789abcdef';
const HOME = `/public/${UNITS.daoli}/`;
const ITEM = `/public/${UNITS.daoli}/items/item-1`;

let intake: 'real' | 'pending' | 'down' = 'real';
const switchable = (gateway: CommandGateway): CommandGateway => ({
  status: (messageId, actor) => gateway.status(messageId, actor),
  send: (envelope) => {
    if (intake === 'pending')
      return Promise.reject(
        Object.assign(new Error('queued on the intake topic'), { code: 'INTAKE_PENDING' }),
      );
    if (intake === 'down') return Promise.reject(new Error('connect ECONNREFUSED'));
    return gateway.send(envelope);
  },
});

let api: GongkaiTestApi;

beforeAll(async () => {
  api = await startGongkaiTestApi({
    publicSite: { csrfSecret: SECRET, feedbackRateLimit: { limit: 8, windowSeconds: 600 } },
    wrapGateway: switchable,
  });
  await seedPilot(api);
  await api.settle();
});

afterAll(async () => {
  await api?.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}${path}`, { headers, redirect: 'manual' });

/** A browser's session: the anti-forgery cookie and its token, as the page script fetches them. */
const session = async () => {
  const response = await get('/public/feedback-token');
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { token } = (await response.json()) as { token: string };
  return { cookie, token };
};

const post = async (path: string, fields: Record<string, string>, cookie?: string) =>
  fetch(`${api.url}${path.replace(/\/$/, '')}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

const countOn = async (path: string): Promise<number> =>
  Number(/data-feedback-count="(\d+)"/.exec(await (await get(path)).text())?.[1]);

describe('the public pages', () => {
  it('a county’s special topic shows its pilot, areas and figures without login', async () => {
    const response = await get(HOME);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('道里区试点工作专题');
    expect(page).toContain('义务教育');
  });

  it('a published item is public with its standard; a draft is not', async () => {
    const item = await (await get(ITEM)).text();
    expect(item).toContain('招生范围');
    expect(item).toContain('公开依据');
    expect((await get(`/public/${UNITS.daoli}/items/item-7`)).status).toBe(404);
    expect((await get('/public/999999/')).status).toBe(404);
  });

  it('pages carry an ETag and Cache-Control for a CDN; a matching If-None-Match gets 304', async () => {
    const first = await get(HOME);
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60');
    expect((await get(HOME, { 'if-none-match': etag })).status).toBe(304);
    const gzipped = await get(HOME, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
  });

  it('asset names of Object.prototype are not found: 404, never a 500', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect((await get(`/public/assets/${name}`)).status).toBe(404);
    }
    expect((await get('/public/assets/site.css')).status).toBe(200);
  });

  it('every response forbids inline script and other origins', async () => {
    const policy = (await get(HOME)).headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect((await get('/public/nothing-here')).headers.get('content-security-policy')).toBe(policy);
  });
});

describe('public feedback', () => {
  it('is sent through the gateway as the public actor’s RecordPublicFeedback, then counted', async () => {
    const before = await countOn(ITEM);
    const { cookie, token } = await session();
    const response = await post(ITEM, { satisfaction: '4', comment: '标准清楚', csrf: token }, cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${ITEM}?feedback=received#feedback`);
    const envelope = api.sent.at(-1)!;
    expect(envelope.actor).toEqual({ id: 'public:website', tier: 'county', tenant: UNITS.daoli });
    expect(envelope.command).toMatchObject({
      type: 'RecordPublicFeedback',
      data: {
        tenant: UNITS.daoli,
        itemId: 'item-1',
        kind: 'social-evaluation',
        satisfaction: 4,
        sampleSize: 1,
        comment: '标准清楚',
      },
    });
    expect(envelope.command.data).toMatchObject({ feedbackId: `web-${envelope.messageId}` });
    await api.settle();
    expect(await countOn(ITEM)).toBe(before + 1);
  });

  it('on the special-topic home it is feedback on the whole pilot, counted in the county’s figures', async () => {
    const before = await countOn(HOME);
    const { cookie, token } = await session();
    expect((await post(HOME, { satisfaction: '5', csrf: token }, cookie)).status).toBe(303);
    expect(api.sent.at(-1)!.command.type).toBe('RecordPilotFeedback');
    await api.settle();
    expect(await countOn(HOME)).toBe(before + 1);
  });

  it('bad input comes back with a message in Chinese, the comment kept and escaped', async () => {
    const sent = api.sent.length;
    const { cookie, token } = await session();
    const response = await post(
      HOME,
      { satisfaction: '9', comment: '<script>alert(1)</script>', csrf: token },
      cookie,
    );
    expect(response.status).toBe(422);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain('满意度只能是 1 到 5 之间的整数。');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
    expect(api.sent.length).toBe(sent);
  });

  it('a post without the anti-forgery token, or with another browser’s, is refused', async () => {
    const mine = await session();
    const theirs = await session();
    expect((await post(HOME, { satisfaction: '1' }, mine.cookie)).status).toBe(403);
    expect((await post(HOME, { satisfaction: '1', csrf: theirs.token }, mine.cookie)).status).toBe(403);
  });

  it('an intake that answers "accepted, pending" is told to the citizen as received, still processing', async () => {
    intake = 'pending';
    try {
      const { cookie, token } = await session();
      const response = await post(ITEM, { satisfaction: '3', csrf: token }, cookie);
      expect(response.headers.get('location')).toBe(`${ITEM}?feedback=pending#feedback`);
      expect(await (await get(`${ITEM}?feedback=pending`)).text()).toContain('正在处理中');
    } finally {
      intake = 'real';
    }
  });

  it('a gateway that fails is never reported as received: the form comes back with the comment', async () => {
    intake = 'down';
    try {
      const { cookie, token } = await session();
      const response = await post(
        ITEM,
        { satisfaction: '3', comment: '请保留我的意见', csrf: token },
        cookie,
      );
      expect(response.status).toBe(503);
      const page = await response.text();
      expect(page).toContain('系统暂时无法受理您的评价');
      expect(page).toContain('请保留我的意见');
    } finally {
      intake = 'real';
    }
  });

  it('a client over its limit is told when to come back', async () => {
    const { cookie, token } = await session();
    let response: Response | undefined;
    for (let attempt = 0; attempt < 10; attempt++) {
      response = await post(HOME, { satisfaction: 'x', csrf: token }, cookie);
      if (response.status === 429) break;
    }
    expect(response?.status).toBe(429);
    expect(Number(response?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response?.text()).toContain('提交过于频繁');
  });
});
