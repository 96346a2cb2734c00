/** Submissions per client in a fixed window; in memory, so per process (enough for one county's site). */
export interface RateLimiter {
  /** Counts one attempt; `retryAfterSeconds` when the client is over its limit. */
  take(client: string): { allowed: true } | { allowed: false; retryAfterSeconds: number };
}

export interface RateLimitOptions {
  limit: number;
  windowSeconds: number;
  /** Clients remembered at most (oldest windows dropped first). */
  maxClients?: number;
  nowMs?: () => number;
}

export const createRateLimiter = (options: RateLimitOptions): RateLimiter => {
  const windowMs = options.windowSeconds * 1000;
  const maxClients = options.maxClients ?? 100_000;
  const now = options.nowMs ?? Date.now;
  const windows = new Map<string, { startedMs: number; count: number }>();
  const evict = (at: number) => {
    for (const [client, window] of windows) {
      if (windows.size < maxClients && at - window.startedMs < windowMs) return;
      windows.delete(client);
    }
  };
  return {
    take(client) {
      const at = now();
      let window = windows.get(client);
      if (window === undefined || at - window.startedMs >= windowMs) {
        windows.delete(client);
        if (windows.size >= maxClients) evict(at);
        window = { startedMs: at, count: 0 };
        windows.set(client, window); // re-inserted: the map stays ordered by window start
      }
      window.count += 1;
      if (window.count <= options.limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.ceil((window.startedMs + windowMs - at) / 1000) };
    },
  };
};
