/**
 * Application queue benchmark (`pnpm bench application-queue`): an office's queue of on-request
 * disclosure applications (GraphQL `applicationQueue`) for a county, a prefecture and the province,
 * live and as of a day inside the data, each at 50 connections against the API in a child process
 * (composed as `gongkai api` composes it, production mode, its cache of live-view responses on as
 * in production), beside `{ __typename }` on the same server. Prints p50/p99 and req/s beside the
 * target, and PASS or MISS. The day asked is the same for every request, so after the first the
 * queue as of it is the one `ApplicationViewQueries` kept at the projector's checkpoint (what a
 * queue page asked by many gets); what computing it costs is `pnpm bench cost-calibration`'s
 * `applicationQueue` asOf-date row (random days).
 *
 * The read models hold `--copies` copies of the seed's applications (`applicationDataset.ts`: 15
 * pilot counties, 2017–2021, 8,734 applications a copy: the seed's realistic volume by default,
 * more copies for a stress test), built once into .cache/bench/application-queue/.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApplicationReadModels } from './applicationDataset';
import type { LoadResult } from './graphqlLoad';
import { load, problemsOf } from './graphqlLoad';
import { TRIVIAL_QUERY } from './graphqlQueries';
import { CACHE } from './readSideDataset';
import { startServerInChild } from './readSideServer';

const HELP = `Application queue benchmark: GraphQL applicationQueue for a county, a prefecture and the province.

Usage: pnpm bench application-queue [options]

  --copies <n>        copies of the seed's applications in the read models (default 1: the seed's
                      8,734 applications, tens to a few hundred a county a year; 10: ~95,000)
  --as-of <date>      the past day asked besides the live queue (default 2021-06-15: applications in flight)
  --connections <n>   concurrent connections (default 50)
  --duration <s>      measured seconds per run (default 10)
  --warmup <s>        discarded warm-up seconds per run (default 2)
  --rebuild           build the read models again
  --help              this text

Target: p99 < 50 ms at 50 connections for each tenant, live and as of the day.`;

const TARGET_P99_MS = 50;
/** Bump when the applications projector's documents change: the cached read models are rebuilt. */
const DATASET_VERSION = 'v3';
const TENANTS = [
  { code: '230102', tier: 'county (道里区)' },
  { code: '230100', tier: 'prefecture (哈尔滨市)' },
  { code: '230000', tier: 'province (黑龙江省)' },
];

const { values } = parseArgs({
  options: {
    copies: { type: 'string', default: '1' },
    'as-of': { type: 'string', default: '2021-06-15' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    rebuild: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/**
 * What an office's queue page shows: counts, stages, offices and the first page (the default 50) of
 * the open applications' clocks.
 * Live, it asks with no `asOf` argument at all (as the page does), which the response cache keeps.
 */
const queueDocument = (asOf: boolean): string => /* GraphQL */ `
  query Queue($code: TenantCode!${asOf ? ', $asOf: AsOf' : ''}) {
    applicationQueue(code: $code${asOf ? ', asOf: $asOf' : ''}) {
      tenant
      asOf
      dueSoonWithinWorkingDays
      counts {
        open
        dueSoon
        overdue
        paused
        awaitingCorrection
      }
      byStage {
        stage
        count
      }
      offices {
        tenant
        name
        open
        dueSoon
        overdue
        paused
        awaitingCorrection
      }
      open {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          node {
            tenant
            applicationId
            receivedOn
            stage
            dueSoon
            clock {
              status
              regulation
              dueOn
              dueBy
              pausedFor
              usedWorkingDays
              allowedWorkingDays
              overdueByWorkingDays
            }
          }
        }
      }
    }
  }
`;

const queueQuery = (code: string, asOf: string | null) => ({
  name: `applicationQueue ${code} ${asOf === null ? 'live' : `as of ${asOf}`}`,
  body: JSON.stringify({
    query: queueDocument(asOf !== null),
    variables: { code, ...(asOf === null ? {} : { asOf: { date: asOf } }) },
  }),
});

const main = async (): Promise<number> => {
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const copies = Number(values.copies);
  const folder = join(CACHE, 'application-queue', `${copies}-copies-${DATASET_VERSION}`);
  const readModelPath = join(folder, 'read-models.sqlite');
  if (values.rebuild || !existsSync(readModelPath)) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    log(`building the application read models (${copies} copies of the seed's applications) in ${folder}`);
    const built = await buildApplicationReadModels(readModelPath, { copies });
    log(
      `built: ${built.events.toLocaleString('en')} events, ${built.applications.toLocaleString('en')} applications`,
    );
  }
  const server = await startServerInChild({
    // An empty event store: the read models were projected without one (nothing to catch up on).
    eventStorePath: join(folder, 'events.sqlite'),
    readModelPath,
    dataDir: join(folder, 'server'),
    limits: {},
    logLevel: 'warn',
    viewResponseCache: true,
  });
  const results: (LoadResult & { tier: string })[] = [];
  const options = {
    url: server.url,
    token: server.token,
    connections: Number(values.connections),
    durationSeconds: Number(values.duration),
    warmupSeconds: Number(values.warmup),
    serverCpuMicros: () => server.cpuMicros(),
  };
  const print = (result: LoadResult, tier: string): void => {
    const problems = problemsOf(result);
    log(
      `${result.query.padEnd(42)} ${tier.padEnd(22)} p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${Math.round(result.requestsPerSecond)} req/s, ${Math.round(result.serverCpuMicrosPerRequest)} µs CPU/req, ${result.responseBytes} B${problems.length > 0 ? ` — ${problems.join(', ')}` : ''}`,
    );
  };
  try {
    // The floor on this machine now: the same server answering a query that reads nothing.
    print(
      await load(options, { name: '{ __typename }', body: JSON.stringify({ query: TRIVIAL_QUERY }) }),
      'baseline',
    );
    for (const asOf of [null, values['as-of']]) {
      for (const { code, tier } of TENANTS) {
        const result = await load(options, queueQuery(code, asOf));
        results.push({ ...result, tier });
        print(result, tier);
      }
    }
  } finally {
    await server.stop();
  }
  const worst = Math.max(...results.map((result) => result.p99Ms));
  const clean = results.every((result) => problemsOf(result).length === 0);
  const pass = clean && worst < TARGET_P99_MS;
  process.stdout.write(
    `application queue at ${values.connections} connections: worst p99 ${worst} ms (target < ${TARGET_P99_MS} ms)${clean ? '' : ', with failed responses'}: ${pass ? 'PASS' : 'MISS'}\n`,
  );
  // A MISS is a figure to report; failed responses make the figures worthless.
  return clean ? 0 : 1;
};

process.exitCode = await main();
