/** Where the router is mounted; every link of the public site is absolute under it (stable URLs). */
export const PUBLIC_BASE = '/public';

export const ASSET_PATHS = {
  css: `${PUBLIC_BASE}/assets/site.css`,
  script: `${PUBLIC_BASE}/assets/feedback.js`,
} as const;

export const homePath = (code: string): string => `${PUBLIC_BASE}/${code}/`;
export const cataloguePath = (code: string): string => `${PUBLIC_BASE}/${code}/catalogue`;
export const itemPath = (code: string, itemId: string): string =>
  `${PUBLIC_BASE}/${code}/items/${encodeURIComponent(itemId)}`;
export const feedbackPath = (pagePath: string): string =>
  `${pagePath.endsWith('/') ? pagePath.slice(0, -1) : pagePath}/feedback`;
export const CSRF_TOKEN_PATH = `${PUBLIC_BASE}/feedback-token`;
