import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rateLimiter';

describe('the feedback rate limit', () => {
  it('lets a client submit up to the limit per window, then says when to retry', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, windowSeconds: 60, nowMs: () => now });
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: true });
    now = 15_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take('b')).toEqual({ allowed: true });
    now = 60_000;
    expect(limiter.take('a')).toEqual({ allowed: true });
  });

  it('remembers a bounded number of clients', () => {
    const limiter = createRateLimiter({ limit: 1, windowSeconds: 60, maxClients: 2, nowMs: () => 0 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    // 'a' was forgotten to make room: its window starts again.
    expect(limiter.take('a')).toEqual({ allowed: true });
  });
});
