/**
 * Public pages (`pnpm bench public`): the special-topic home of a pilot county and one of its item
 * pages, served by the platform in a child process and driven by autocannon from this process at
 * 50 connections. Every response is checked (status and body). Two runs per page: plain GETs (full
 * 200 bodies, what the target is judged on) and conditional GETs with the page's ETag (304s, what a
 * CDN revalidating sends).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPublicServer } from './publicServer';

const HELP = `Usage: pnpm bench public [-- options]

  --connections <n>    concurrent connections (default 50)
  --duration <s>       measured seconds per run (default 10)
  --warmup <s>         discarded warm-up seconds per run (default 3)
  --log-level <level>  the server's log level (default info: one access-log line a request)
  --data-dir <path>    seeded data folder, kept between runs (default .cache/bench/public)

Target: >= 1,500 req/s and p99 < 50 ms for each page (plain GET, full body).`;

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    'log-level': { type: 'string', default: 'info' },
    'data-dir': { type: 'string', default: join(process.cwd(), '.cache', 'bench', 'public') },
    help: { type: 'boolean', default: false },
  },
});

interface AutocannonResult {
  requests: { total: number };
  latency: { p50: number; p99: number };
  duration: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (options: {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  duration: number;
  verifyBody?: (body: string) => boolean;
}) => Promise<AutocannonResult>;

// autocannon ships no types; this is the part of its API the benchmark uses.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const TARGET = { requestsPerSecond: 1_500, p99Ms: 50 };

interface Run {
  name: string;
  status: number;
  /** Judged against the target (plain GETs of a page); the other runs are for reading it. */
  judged: boolean;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMicrosPerRequest: number;
  problems: string[];
}

const main = async (): Promise<number> => {
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const connections = Number(args.connections);
  const duration = Number(args.duration);
  const warmup = Number(args.warmup);
  console.error(`starting the platform over ${args['data-dir']} (seeded on first use, about 15 s)`);
  const server = await startPublicServer({ dataDir: args['data-dir'], logLevel: args['log-level'] });
  try {
    const home = `${server.url}/public/230102/`;
    const homeHtml = await (await fetch(home)).text();
    const itemPath = /href="(\/public\/230102\/items\/[^"]+)"/.exec(homeHtml)?.[1];
    if (!homeHtml.includes('道里区试点工作专题') || itemPath === undefined) {
      throw new Error(
        `the seeded home page of 道里区 is not what the benchmark expects:\n${homeHtml.slice(0, 1_000)}`,
      );
    }
    const pages = [
      { name: '试点工作专题 home (道里区)', url: home },
      {
        name: `item page (${decodeURIComponent(itemPath.split('/').at(-1)!)})`,
        url: `${server.url}${itemPath}`,
      },
    ];
    const runs: Run[] = [];
    for (const page of pages) {
      const probe = await fetch(page.url);
      const body = await probe.text();
      const etag = probe.headers.get('etag');
      if (probe.status !== 200 || etag === null)
        throw new Error(`${page.url} answered ${probe.status} without an ETag`);
      const variants: [string, number, Record<string, string>][] = [
        ['GET', 200, {}],
        ['GET If-None-Match', 304, { 'if-none-match': etag }],
      ];
      for (const [variant, status, headers] of variants) {
        const base = { url: page.url, headers, connections };
        if (warmup > 0) await autocannon({ ...base, duration: warmup });
        let wrongBodies = 0;
        const cpuBefore = await server.cpuMicros();
        const result = await autocannon({
          ...base,
          duration,
          verifyBody: (received) => {
            if ((status === 200 && received !== body) || (status === 304 && received !== '')) wrongBodies++;
            return true;
          },
        });
        const cpuAfter = await server.cpuMicros();
        const others = Object.entries(result.statusCodeStats).filter(([code]) => Number(code) !== status);
        runs.push({
          name: `${page.name}, ${variant}`,
          status,
          judged: status === 200,
          requestsPerSecond: result.requests.total / result.duration,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          cpuMicrosPerRequest: (cpuAfter - cpuBefore) / result.requests.total,
          problems: [
            ...others.map(([code, stat]) => `${stat.count} responses with status ${code}`),
            wrongBodies > 0 ? `${wrongBodies} unexpected bodies` : '',
            result.errors > 0 ? `${result.errors} connection errors` : '',
            result.timeouts > 0 ? `${result.timeouts} timeouts` : '',
          ].filter(Boolean),
        });
      }
    }
    runs.push(await floor(server.url, { connections, duration, warmup }, server));
    report(runs, connections);
    return runs.some((run) => run.problems.length > 0) ? 1 : 0;
  } finally {
    await server.stop();
  }
};

/**
 * The same server's /healthz (every middleware, a few bytes of JSON): the ceiling any page can
 * reach on this machine at the moment, to read the page figures against.
 */
const floor = async (
  url: string,
  { connections, duration, warmup }: { connections: number; duration: number; warmup: number },
  server: { cpuMicros(): Promise<number> },
): Promise<Run> => {
  const base = { url: `${url}/healthz`, connections };
  if (warmup > 0) await autocannon({ ...base, duration: warmup });
  const cpuBefore = await server.cpuMicros();
  const result = await autocannon({ ...base, duration });
  const cpuAfter = await server.cpuMicros();
  const others = Object.entries(result.statusCodeStats).filter(([code]) => code !== '200');
  return {
    name: 'floor: /healthz on the same server',
    status: 200,
    judged: false,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMicrosPerRequest: (cpuAfter - cpuBefore) / result.requests.total,
    problems: others.map(([code, stat]) => `${stat.count} responses with status ${code}`),
  };
};

const report = (runs: readonly Run[], connections: number): void => {
  console.log(`\nPublic pages at ${connections} connections (server in its own process, autocannon here)\n`);
  console.log(['page', 'status', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'verdict'].join(' | '));
  for (const run of runs) {
    const pass = run.requestsPerSecond >= TARGET.requestsPerSecond && run.p99Ms < TARGET.p99Ms;
    const verdict =
      run.problems.length > 0
        ? `INVALID (${run.problems.join('; ')})`
        : run.judged
          ? pass
            ? 'PASS'
            : 'MISS'
          : 'info';
    console.log(
      [
        run.name,
        run.status,
        Math.round(run.requestsPerSecond).toLocaleString('en'),
        run.p50Ms,
        run.p99Ms,
        Math.round(run.cpuMicrosPerRequest),
        verdict,
      ].join(' | '),
    );
  }
  console.log(
    `\nTarget (plain GET): >= ${TARGET.requestsPerSecond.toLocaleString('en')} req/s and p99 < ${TARGET.p99Ms} ms.`,
  );
};

process.exitCode = await main();
