import { describe, expect, it } from 'vitest';
import { createCsrfTokens } from './csrfTokens';

describe('the anti-forgery tokens of the feedback form', () => {
  let now = 1_700_000_000_000;
  const tokens = createCsrfTokens({ secret: 'test-secret', maxAgeSeconds: 3600, nowMs: () => now });

  it('a form token verifies with the cookie it was issued for, and with no other', () => {
    const { cookie, token } = tokens.issue(undefined);
    expect(tokens.verify(cookie, token)).toBe(true);
    expect(tokens.verify(tokens.issue(undefined).cookie, token)).toBe(false);
    expect(tokens.verify(cookie, `${token.slice(0, -1)}A`)).toBe(token.endsWith('A'));
    expect(tokens.verify(undefined, token)).toBe(false);
    expect(tokens.verify(cookie, undefined)).toBe(false);
  });

  it('another secret does not verify the token', () => {
    const { cookie, token } = tokens.issue(undefined);
    const other = createCsrfTokens({ secret: 'other', nowMs: () => now });
    expect(other.verify(cookie, token)).toBe(false);
  });

  it('a young cookie is kept, an old one replaced, an expired one refused', () => {
    const first = tokens.issue(undefined);
    now += 60_000;
    expect(tokens.issue(first.cookie).cookie).toBe(first.cookie);
    now += 1_800_000;
    expect(tokens.issue(first.cookie).cookie).not.toBe(first.cookie);
    expect(tokens.verify(first.cookie, first.token)).toBe(true);
    now += 1_800_000;
    expect(tokens.verify(first.cookie, first.token)).toBe(false);
  });

  it('a cookie the server did not make is refused whatever token comes with it', () => {
    expect(tokens.verify('forged', 'forged')).toBe(false);
  });
});
