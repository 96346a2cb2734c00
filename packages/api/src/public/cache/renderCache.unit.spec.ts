import { describe, expect, it } from 'vitest';
import { RenderCache, renderedPage } from './renderCache';

describe('the public pages’ render cache', () => {
  it('renders a page once per read-model version, shared by concurrent requests', async () => {
    const cache = new RenderCache();
    let renders = 0;
    const render = () => Promise.resolve(renderedPage(200, `<p>${++renders}</p>`));
    const [a, b] = await Promise.all([cache.get('v1', '/x', render), cache.get('v1', '/x', render)]);
    expect(a).toBe(b);
    expect(renders).toBe(1);
    const c = await cache.get('v2', '/x', render);
    expect(renders).toBe(2);
    expect(c.etag).not.toBe(a.etag);
  });

  it('a failed render is tried again', async () => {
    const cache = new RenderCache();
    await expect(cache.get('v1', '/x', () => Promise.reject(new Error('read model busy')))).rejects.toThrow();
    await expect(
      cache.get('v1', '/x', () => Promise.resolve(renderedPage(200, 'ok'))),
    ).resolves.toMatchObject({
      status: 200,
    });
  });

  it('the same body has the same ETag; the gzip is a real gzip of it', async () => {
    const { gunzipSync } = await import('node:zlib');
    const page = renderedPage(200, '<p>公开</p>');
    expect(renderedPage(200, '<p>公开</p>').etag).toBe(page.etag);
    expect(gunzipSync(page.gzip).toString('utf8')).toBe('<p>公开</p>');
  });

  it('keeps a bounded number of pages', async () => {
    const cache = new RenderCache(2);
    let renders = 0;
    const render = () => Promise.resolve(renderedPage(200, String(++renders)));
    await cache.get('v', '/a', render);
    await cache.get('v', '/b', render);
    await cache.get('v', '/c', render);
    await cache.get('v', '/a', render);
    expect(renders).toBe(4);
  });
});
