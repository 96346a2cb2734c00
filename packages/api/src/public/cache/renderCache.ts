import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A rendered page as it goes on the wire, compressed once. */
export interface RenderedPage {
  status: number;
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

export const renderedPage = (status: number, html: string): RenderedPage => {
  const body = Buffer.from(html, 'utf8');
  return {
    status,
    body,
    gzip: gzipSync(body),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
  };
};

/**
 * Pages rendered while the read models stay put (keyed by `liveVersion()`): a page is rendered
 * once per read-model version however many ask for it, concurrent askers share the render, and a
 * new version drops every page of the old one.
 */
export class RenderCache {
  private version: string | undefined;
  private readonly pages = new Map<string, Promise<RenderedPage>>();

  constructor(private readonly maxPages = 2_000) {}

  get(version: string, key: string, render: () => Promise<RenderedPage>): Promise<RenderedPage> {
    if (version !== this.version) {
      this.version = version;
      this.pages.clear();
    }
    let page = this.pages.get(key);
    if (page === undefined) {
      if (this.pages.size >= this.maxPages) this.pages.delete(this.pages.keys().next().value!);
      page = render();
      this.pages.set(key, page);
      // A failed render is not kept: the next request tries again.
      page.catch(() => {
        if (this.pages.get(key) === page) this.pages.delete(key);
      });
    }
    return page;
  }
}
