import type { Request, Response } from 'express';
import type { RenderedPage } from './cache/renderCache';

/** Headers on every public response: no inline script or style, framing only where configured. */
export const securityHeaders = (frameAncestors: string) => {
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
  return (_req: Request, res: Response, next: () => void): void => {
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    next();
  };
};

const matchesEtag = (req: Request, etag: string): boolean => {
  const header = req.headers['if-none-match'];
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
};

// Browsers revalidate every time (a 304 is cheap, and a citizen sees their feedback counted); a CDN
// in front keeps the page for `s-maxage`.
const cacheControl = (maxAgeSeconds: number): string => `public, max-age=0, s-maxage=${maxAgeSeconds}`;

const acceptsGzip = (req: Request): boolean => /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');

/**
 * Sends a rendered page. `maxAgeSeconds` null: for this client only, never stored (a page with
 * its form values or a token). A shared page answers a matching If-None-Match with 304.
 */
export const sendPage = (
  req: Request,
  res: Response,
  page: RenderedPage,
  maxAgeSeconds: number | null,
): void => {
  const shared = maxAgeSeconds !== null;
  if (shared && page.status === 200 && matchesEtag(req, page.etag)) {
    res.writeHead(304, {
      ETag: page.etag,
      'Cache-Control': cacheControl(maxAgeSeconds),
      Vary: 'Accept-Encoding',
    });
    res.end();
    return;
  }
  const gzip = acceptsGzip(req);
  const body = gzip ? page.gzip : page.body;
  // One writeHead with every header: this is the hot path of the public site.
  res.writeHead(page.status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    'Cache-Control': shared ? cacheControl(maxAgeSeconds) : 'no-store',
    ...(shared ? { ETag: page.etag } : {}),
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(body);
};

/** The value of one cookie of the request (no cookie parser needed for one cookie). */
export const cookieOf = (req: Request, name: string): string | undefined => {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
};
