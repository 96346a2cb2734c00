import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signed double-submit: the browser holds a random cookie (HttpOnly, SameSite=Strict) and the form
 * carries HMAC(secret, cookie). A forging site can make the browser send the cookie but can neither
 * read it nor compute the signature, so it cannot fill in the form field.
 */
export interface CsrfTokens {
  /** Keeps a valid cookie (or makes a new one) and gives the form token that goes with it. */
  issue(cookie: string | undefined): { cookie: string; token: string };
  verify(cookie: string | undefined, token: unknown): boolean;
}

export const CSRF_COOKIE = 'gk_csrf';

/** How long a cookie (and the tokens signed for it) stays valid by default. */
export const CSRF_MAX_AGE_SECONDS = 7200;

export interface CsrfOptions {
  secret: string | Buffer;
  /** How long a cookie stays valid (default `CSRF_MAX_AGE_SECONDS`). */
  maxAgeSeconds?: number;
  nowMs?: () => number;
}

const COOKIE_FORMAT = /^(\d{1,12})\.([A-Za-z0-9_-]{22})$/;

export const createCsrfTokens = (options: CsrfOptions): CsrfTokens => {
  const maxAge = options.maxAgeSeconds ?? CSRF_MAX_AGE_SECONDS;
  const now = options.nowMs ?? Date.now;
  const sign = (cookie: string): string =>
    createHmac('sha256', options.secret).update(`gongkai-public-csrf:${cookie}`).digest('base64url');
  const age = (cookie: string | undefined): number | null => {
    const issued = cookie === undefined ? undefined : COOKIE_FORMAT.exec(cookie)?.[1];
    if (issued === undefined) return null;
    const seconds = Math.floor(now() / 1000) - Number(issued);
    return seconds >= 0 && seconds <= maxAge ? seconds : null;
  };
  return {
    issue(cookie) {
      // A cookie in its second half of life is replaced, so a form filled slowly still verifies.
      const seconds = age(cookie);
      const kept =
        cookie !== undefined && seconds !== null && seconds < maxAge / 2
          ? cookie
          : `${Math.floor(now() / 1000)}.${randomBytes(16).toString('base64url')}`;
      return { cookie: kept, token: sign(kept) };
    },
    verify(cookie, token) {
      if (cookie === undefined || typeof token !== 'string' || age(cookie) === null) return false;
      const expected = Buffer.from(sign(cookie));
      const given = Buffer.from(token);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
};
