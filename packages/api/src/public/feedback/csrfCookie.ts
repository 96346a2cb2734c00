import { PUBLIC_BASE } from '../pages/paths';
import { CSRF_COOKIE, CSRF_MAX_AGE_SECONDS } from './csrfTokens';

/** The anti-forgery cookie: unreadable by scripts, never sent along from another site. */
export const csrfCookieHeader = (value: string, secure: boolean): string =>
  `${CSRF_COOKIE}=${value}; Path=${PUBLIC_BASE}; HttpOnly; SameSite=Strict; Max-Age=${CSRF_MAX_AGE_SECONDS}${secure ? '; Secure' : ''}`;
