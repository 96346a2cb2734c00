/**
 * Drives a GraphQL endpoint with autocannon and checks what came back: every response must be a
 * 200 carrying `data` and no `errors` (a benchmark of error responses is worthless). One probe
 * request is checked in full first; under load, a body equal to the probe's is good, any other
 * body is parsed and counted as a GraphQL error when it has `errors`.
 */
import { createRequire } from 'node:module';
import type { BenchQuery } from './graphqlQueries';

interface Histogram {
  average: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

interface AutocannonResult {
  requests: Histogram & { total: number; sent: number };
  latency: Histogram;
  throughput: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  '2xx': number;
}

interface AutocannonRequest {
  body: string;
}

interface AutocannonOptions {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  connections: number;
  duration: number;
  pipelining?: number;
  verifyBody?: (body: string) => boolean;
  /** A request rebuilt before each send (its `setupRequest`): a body of its own each time. */
  requests?: { setupRequest: (request: AutocannonRequest) => AutocannonRequest }[];
}

type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult>;

// autocannon ships no types; this is the part of its API the benchmark uses.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadOptions {
  url: string;
  token: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** The server's CPU time so far, µs: read around the measured run for its CPU per request. */
  serverCpuMicros?: () => Promise<number>;
}

export interface LoadResult {
  query: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  responseBytes: number;
  /** Server CPU time (user + system) per response, µs; NaN when not measured. */
  serverCpuMicrosPerRequest: number;
  non2xx: number;
  graphqlErrors: number;
  connectionErrors: number;
  timeouts: number;
}

const headersOf = (token: string): Record<string, string> => ({
  'content-type': 'application/json',
  authorization: `Bearer ${token}`,
});

/** One request, checked in full; its body is what every response under load should equal. */
export const probe = async (
  options: Pick<LoadOptions, 'url' | 'token'>,
  query: BenchQuery,
): Promise<string> => {
  const response = await fetch(`${options.url}/graphql`, {
    method: 'POST',
    headers: headersOf(options.token),
    body: query.body,
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || parsed.errors !== undefined || parsed.data == null) {
    throw new Error(`${query.name} answered ${response.status}: ${text.slice(0, 2_000)}`);
  }
  return text;
};

const hasErrors = (body: string): boolean => {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return parsed.errors !== undefined || parsed.data == null;
  } catch {
    return true;
  }
};

/**
 * Warm-up (discarded), then the measured run at the same concurrency. With `query.nextBody`, each
 * request sends a body of its own (the probe sends `query.body`); a response then counts as an error
 * only when it carries `errors` or no `data`.
 */
export const load = async (options: LoadOptions, query: BenchQuery): Promise<LoadResult> => {
  const expected = await probe(options, query);
  let graphqlErrors = 0;
  const { nextBody } = query;
  const base = {
    url: `${options.url}/graphql`,
    method: 'POST' as const,
    headers: headersOf(options.token),
    body: query.body,
    connections: options.connections,
    ...(nextBody === undefined
      ? {}
      : { requests: [{ setupRequest: (request: AutocannonRequest) => ({ ...request, body: nextBody() }) }] }),
  };
  if (options.warmupSeconds > 0) await autocannon({ ...base, duration: options.warmupSeconds });
  const cpuBefore = await options.serverCpuMicros?.();
  const result = await autocannon({
    ...base,
    duration: options.durationSeconds,
    verifyBody: (body) => {
      if (body === expected) return true;
      // Bodies of their own differ from the probe's: only an `errors` key sends one to the parser.
      if ((nextBody === undefined || body.includes('"errors"')) && hasErrors(body)) graphqlErrors++;
      return true;
    },
  });
  const cpuAfter = await options.serverCpuMicros?.();
  return {
    query: query.name,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    responseBytes: Buffer.byteLength(expected),
    serverCpuMicrosPerRequest:
      cpuBefore === undefined || cpuAfter === undefined
        ? Number.NaN
        : (cpuAfter - cpuBefore) / result.requests.total,
    non2xx: result.non2xx,
    graphqlErrors,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
  };
};

/** The problems that make a run's figures worthless, in words; empty when it is clean. */
export const problemsOf = (result: LoadResult): string[] =>
  [
    result.requests === 0 ? 'no responses' : '',
    result.non2xx > 0 ? `${result.non2xx} non-2xx responses` : '',
    result.graphqlErrors > 0 ? `${result.graphqlErrors} responses with GraphQL errors` : '',
    result.connectionErrors > 0 ? `${result.connectionErrors} connection errors` : '',
    result.timeouts > 0 ? `${result.timeouts} timeouts` : '',
  ].filter((problem) => problem !== '');
