/**
 * Read-side benchmark: on the seed scaled to 100,000 catalogue items and 1M events, the projection
 * rebuild (events/s, peak RSS) and the GraphQL API serving the rebuilt read models (req/s, p50/p99
 * of `countyView` and `provinceView`, each against `{ __typename }` on the same server, same run).
 *
 *   pnpm bench read-side [--rounds 3] [--duration 10] [--warmup 3] [--connections 50]
 *                        [--skip-rebuild] [--profile] [--max-cost 100000]
 *
 * Each child has its own process: the rebuild (its RSS alone), the API server (so autocannon, here,
 * never shares its event loop). Load rounds interleave the three queries; figures are medians over
 * the rounds, ratios are taken within each round (the machine is shared and noisy).
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load, problemsOf } from './graphqlLoad';
import type { LoadResult } from './graphqlLoad';
import { benchQueries } from './graphqlQueries';
import { CACHE, seedEventStore } from './readSideDataset';
import { isRebuiltFrom, rebuildInChild } from './readSideRebuild';
import type { RebuildResult } from './readSideRebuild';
import { table } from './readSideReport';
import type { Row } from './readSideReport';
import { serverDataDir, startServerInChild } from './readSideServer';
import type { RunningBenchServer } from './readSideServer';

const HELP = `Read-side benchmark: projection rebuild and GraphQL views over the scaled seed.

Usage: pnpm bench read-side [options]

  --items <n>          catalogue items of the scaled seed (default 100000)
  --events <n>         events of the scaled seed (default 1000000)
  --batch <n>          events per unit of work in the rebuild (default 10000)
  --rounds <n>         load rounds, each {__typename}, countyView, provinceView (default 3)
  --duration <s>       measured seconds per query and round (default 10)
  --warmup <s>         warm-up seconds before each measurement, discarded (default 3)
  --connections <n>    concurrent connections (default 50)
  --max-cost <n>       the API's maxCost for this server (default 20000; see below)
  --log-level <level>  the server's log level (default info: one access-log line a request)
  --skip-rebuild       serve the read models of the last rebuild (rebuilt anyway if the seed changed since)
  --no-response-cache  turn the API's live-view response cache off (every request executes)
  --profile            write a CPU profile of the server to .cache/bench/read-side/profiles/
  --help               this text

The event store is generated once (about 5 minutes) and cached in .cache/bench/, keyed by the
scale and by a hash of the seed's sources. Requests carry a province admin token (230000).
The API's default maxCost (10,000) refuses the full province selection; the benchmark sets
--max-cost and prints each query's cost.

Targets: rebuild >= 50,000 events/s with peak RSS < 500 MB; countyView >= 60% of the trivial
query's req/s with p99 < 50 ms; provinceView >= 40% of the trivial query's req/s.`;

const { values: args } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    events: { type: 'string', default: '1000000' },
    batch: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    'max-cost': { type: 'string', default: '20000' },
    'log-level': { type: 'string', default: 'info' },
    'skip-rebuild': { type: 'boolean', default: false },
    'no-response-cache': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});

const num = (value: string | undefined): number => Number.parseInt(value ?? '', 10);
const log = (line: string): void => void process.stderr.write(`${line}\n`);

const TARGETS = {
  rebuildEventsPerSecond: 50_000,
  rebuildRssMb: 500,
  countyRatio: 0.6,
  countyP99Ms: 50,
  provinceRatio: 0.4,
};

interface Round {
  trivial: LoadResult;
  county: LoadResult;
  province: LoadResult;
}

const WORK = join(CACHE, 'read-side');
const READ_MODELS = join(WORK, 'read-models.sqlite');

const rebuild = async (eventStoreFile: string): Promise<RebuildResult | undefined> => {
  if (args['skip-rebuild'] && isRebuiltFrom(READ_MODELS, eventStoreFile)) {
    log(`serving the read models of the last rebuild (${READ_MODELS})`);
    return undefined;
  }
  if (args['skip-rebuild'])
    log(`--skip-rebuild: ${READ_MODELS} is not a rebuild of the seed as it is now; rebuilding`);
  log('rebuilding every projection in a child process ...');
  const result = await rebuildInChild(eventStoreFile, READ_MODELS, num(args.batch));
  log(
    `rebuilt ${result.events.toLocaleString('en')} events in ${(result.durationMs / 1000).toFixed(1)} s: ` +
      `${Math.round(result.eventsPerSecond).toLocaleString('en')} events/s, peak RSS ${result.peakRssMb} MB; ` +
      `documents ${JSON.stringify(result.documents)}`,
  );
  return result;
};

const runRounds = async (server: RunningBenchServer): Promise<Round[]> => {
  const queries = benchQueries();
  const options = {
    url: server.url,
    token: server.token,
    serverCpuMicros: () => server.cpuMicros(),
    connections: num(args.connections),
    durationSeconds: num(args.duration),
    warmupSeconds: num(args.warmup),
  };
  const rounds: Round[] = [];
  for (let round = 1; round <= num(args.rounds); round++) {
    const results: Partial<Round> = {};
    for (const key of ['trivial', 'county', 'province'] as const) {
      const result = await load(options, queries[key]);
      const problems = problemsOf(result);
      log(
        `round ${round} ${result.query.padEnd(22)} ${Math.round(result.requestsPerSecond).toLocaleString('en').padStart(6)} req/s ` +
          `p50 ${result.p50Ms} ms p99 ${result.p99Ms} ms, server CPU ${Math.round(result.serverCpuMicrosPerRequest)} µs/request ` +
          `(${result.requests.toLocaleString('en')} requests, ${result.responseBytes.toLocaleString('en')} B each, load average ${loadavg()[0]?.toFixed(1)})` +
          (problems.length > 0 ? `  PROBLEMS: ${problems.join(', ')}` : ''),
      );
      if (problems.length > 0)
        throw new Error(`${result.query}: ${problems.join(', ')}; the figures would be worthless`);
      results[key] = result;
    }
    rounds.push(results as Round);
  }
  return rounds;
};

const rowsOf = (rebuilt: RebuildResult | undefined, rounds: Round[]): Row[] => {
  const of = (pick: (round: Round) => number): number[] => rounds.map(pick);
  const countyRatios = of((r) => r.county.requestsPerSecond / r.trivial.requestsPerSecond);
  const provinceRatios = of((r) => r.province.requestsPerSecond / r.trivial.requestsPerSecond);
  const rebuildRows: Row[] =
    rebuilt === undefined
      ? []
      : [
          {
            figure: 'rebuild events/s',
            values: [rebuilt.eventsPerSecond],
            unit: 'rate',
            target: { min: TARGETS.rebuildEventsPerSecond },
          },
          {
            figure: 'rebuild peak RSS',
            values: [rebuilt.peakRssMb],
            unit: 'MB',
            target: { max: TARGETS.rebuildRssMb },
          },
        ];
  const queryRows = (key: keyof Round, label: string): Row[] => [
    { figure: `${label} req/s`, values: of((r) => r[key].requestsPerSecond), unit: 'rate' },
    { figure: `${label} p50`, values: of((r) => r[key].p50Ms), unit: 'ms' },
    {
      figure: `${label} p99`,
      values: of((r) => r[key].p99Ms),
      unit: 'ms',
      ...(key === 'county' ? { target: { max: TARGETS.countyP99Ms } } : {}),
    },
    {
      figure: `${label} server CPU/request`,
      values: of((r) => r[key].serverCpuMicrosPerRequest),
      unit: 'µs',
    },
  ];
  return [
    ...rebuildRows,
    ...queryRows('trivial', '{ __typename }'),
    ...queryRows('county', 'countyView'),
    {
      figure: 'countyView ÷ trivial req/s',
      values: countyRatios,
      unit: 'percent',
      target: { min: TARGETS.countyRatio },
    },
    ...queryRows('province', 'provinceView'),
    {
      figure: 'provinceView ÷ trivial req/s',
      values: provinceRatios,
      unit: 'percent',
      target: { min: TARGETS.provinceRatio },
    },
  ];
};

const main = async (): Promise<void> => {
  if (args.help) {
    console.log(HELP);
    return;
  }
  const scale = { items: num(args.items), events: num(args.events) };
  const seed = await seedEventStore(scale, log);
  log(`event store: ${seed.file} (${seed.events.toLocaleString('en')} events, ${seed.version})`);
  const rebuilt = await rebuild(seed.file);
  const maxCost = num(args['max-cost']);
  const server = await startServerInChild({
    eventStorePath: seed.file,
    readModelPath: READ_MODELS,
    dataDir: serverDataDir(CACHE),
    limits: { maxCost },
    logLevel: args['log-level'],
    viewResponseCache: !args['no-response-cache'],
    cpuProfileDir: args.profile ? join(WORK, 'profiles') : undefined,
  });
  log(
    `server (pid ${server.pid}) at ${server.url}; ${num(args.connections)} connections, ${args.duration} s after ${args.warmup} s warm-up, ${args.rounds} rounds`,
  );
  let rounds: Round[];
  try {
    rounds = await runRounds(server);
  } finally {
    await server.stop();
  }
  console.log(
    [
      '',
      `read side: ${seed.events.toLocaleString('en')} events, ${scale.items.toLocaleString('en')} items; ` +
        `${rounds.length} load rounds of ${args.duration} s at ${args.connections} connections; ${cpus().length} cores; ` +
        `maxCost ${maxCost.toLocaleString('en')} (query costs: ${Object.entries(server.costs)
          .map(([key, cost]) => `${key} ${cost.toLocaleString('en')}`)
          .join(', ')}); ` +
        `live-view response cache ${args['no-response-cache'] ? 'off' : 'on'}`,
      table(rowsOf(rebuilt, rounds)),
      '',
      `value: median over rounds; spread: min–max. Every response was a 200 with data and no errors.`,
    ].join('\n'),
  );
};

await main();
