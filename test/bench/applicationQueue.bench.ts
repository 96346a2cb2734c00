/**
 * Application queue benchmark (`pnpm bench application-queue`): an office's queue of on-request
 * disclosure applications (GraphQL `applicationQueue`) for a county, a prefecture and the province,
 * live, as of one fixed day and as of a random day each request, each at 50 connections against the
 * API in a child process (composed as `gongkai api` composes it, production mode, its cache of
 * live-view responses on as in production), beside `{ __typename }` on the same server. Prints
 * p50/p99, req/s and the server's CPU per request beside the target, and PASS or MISS.
 *
 * The fixed day is the same for every request, so after the first the queue as of it is the one
 * `ApplicationViewQueries` kept at the projector's checkpoint (what a queue page asked by many
 * gets); the random days (a seeded draw over the days of the data) are mostly computed afresh, so
 * their figures are what computing a queue as of a day costs under load.
 *
 * The read models hold `--copies` copies of the seed's applications (`applicationDataset.ts`: 15
 * pilot counties, 2017–2021, 8,734 applications a copy: the seed's realistic volume by default,
 * more copies for a stress test), built once into .cache/bench/application-queue/.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '@gongkai/testkit';
import { buildApplicationReadModels } from './applicationDataset';
import type { CpuProfile } from './cpuProfileStages';
import { printStages } from './cpuProfileStages';
import type { LoadResult } from './graphqlLoad';
import { load, problemsOf } from './graphqlLoad';
import type { BenchQuery } from './graphqlQueries';
import { TRIVIAL_QUERY } from './graphqlQueries';
import { CACHE } from './readSideDataset';
import { startServerInChild } from './readSideServer';

const HELP = `Application queue benchmark: GraphQL applicationQueue for a county, a prefecture and the province.

Usage: pnpm bench application-queue [options]

  --copies <n>        copies of the seed's applications in the read models (default 1: the seed's
                      8,734 applications, tens to a few hundred a county a year; 10: ~95,000)
  --as-of <date>      the fixed past day asked besides the live queue (default 2021-06-15: applications in flight)
  --random-from <date> --random-to <date>
                      the span the random days are drawn from (default 2017-01-01 to 2021-12-31: the data's)
  --profile           profile the server during each measured run and print its CPU by stage
  --connections <n>   concurrent connections (default 50)
  --duration <s>      measured seconds per run (default 10)
  --warmup <s>        discarded warm-up seconds per run (default 2)
  --rebuild           build the read models again
  --help              this text

Target: p99 < 50 ms at 50 connections for each tenant, live, as of the fixed day and as of random days.`;

const TARGET_P99_MS = 50;
/** Bump when the applications projector's documents change: the cached read models are rebuilt. */
const DATASET_VERSION = 'v5';
const TENANTS = [
  { code: '230102', tier: 'county (道里区)' },
  { code: '230100', tier: 'prefecture (哈尔滨市)' },
  { code: '230000', tier: 'province (黑龙江省)' },
];

const { values } = parseArgs({
  options: {
    copies: { type: 'string', default: '1' },
    'as-of': { type: 'string', default: '2021-06-15' },
    'random-from': { type: 'string', default: '2017-01-01' },
    'random-to': { type: 'string', default: '2021-12-31' },
    profile: { type: 'boolean', default: false },
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

const queueBody = (code: string, asOf: string | null): string =>
  JSON.stringify({
    query: queueDocument(asOf !== null),
    variables: { code, ...(asOf === null ? {} : { asOf: { date: asOf } }) },
  });

const queueQuery = (code: string, asOf: string | null): BenchQuery => ({
  name: `applicationQueue ${code} ${asOf === null ? 'live' : `as of ${asOf}`}`,
  body: queueBody(code, asOf),
});

/** Every day from `from` to `to`, both included. */
const daysBetween = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`);) {
    days.push(day.toISOString().slice(0, 10));
    day = new Date(day.getTime() + 86_400_000);
  }
  return days;
};

/** The queue as of a day drawn afresh for each request (the probe asks the first day of the span). */
const randomDayQuery = (code: string, days: readonly string[]): BenchQuery => {
  const random = seededRandom(Number(code));
  return {
    name: `applicationQueue ${code} as of random days`,
    body: queueBody(code, days[0]!),
    nextBody: () => queueBody(code, days[Math.floor(random() * days.length)]!),
  };
};

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
  const profiles: { title: string; profile: CpuProfile; requests: number }[] = [];
  const measured = async (query: BenchQuery): Promise<LoadResult> => {
    if (!values.profile) return load(options, query);
    // The warm-up apart, so that the profile covers the measured run alone.
    await load({ ...options, durationSeconds: options.warmupSeconds, warmupSeconds: 0 }, query);
    const { result, profile } = await server.profiled(() => load({ ...options, warmupSeconds: 0 }, query));
    profiles.push({ title: query.name, profile, requests: result.requests });
    return result;
  };
  const days = daysBetween(values['random-from'], values['random-to']);
  try {
    // The floor on this machine now: the same server answering a query that reads nothing.
    print(
      await measured({ name: '{ __typename }', body: JSON.stringify({ query: TRIVIAL_QUERY }) }),
      'baseline',
    );
    const runs: ((code: string) => BenchQuery)[] = [
      (code) => queueQuery(code, null),
      (code) => queueQuery(code, values['as-of']),
      (code) => randomDayQuery(code, days),
    ];
    for (const queryOf of runs) {
      for (const { code, tier } of TENANTS) {
        const result = await measured(queryOf(code));
        results.push({ ...result, tier });
        print(result, tier);
      }
    }
  } finally {
    await server.stop();
  }
  for (const { title, profile, requests } of profiles) printStages(title, profile, requests);
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
