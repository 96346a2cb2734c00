/**
 * A GraphQL mutation on the embedded default (`pnpm bench mutation`): `draftCatalogueItem` of 道里区
 * (a new item each request, each under its own message id, so every request is decided and stored),
 * sent by 50 concurrent clients to the platform as `gongkai start` runs it, in a child process; then
 * the trivial query `{ __typename }` on the same server at the same concurrency, to read the figures
 * against. Every response is checked: a mutation must answer `CommandAccepted`.
 */
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { temporaryDirectory } from '@gongkai/testkit';
import type { CpuProfile } from './cpuProfileStages';
import { printStages } from './cpuProfileStages';
import { benchQueries } from './graphqlQueries';
import { load, problemsOf } from './graphqlLoad';
import { startPublicServer } from './publicServer';

const TARGET_P99_MS = 20;
const TENANT = '230102';
/** An area the seed assigns to 道里区. */
const AREA = 'compulsory-education';

const HELP = `Usage: pnpm bench mutation [-- options]

  --connections <n>    concurrent clients (default 50)
  --duration <s>       measured seconds per run (default 10)
  --warmup <s>         discarded warm-up seconds (default 3)
  --data-dir <path>    seeded data folder, kept between runs; each run works on a copy (default .cache/bench/mutation)
  --profile            also print where the server's CPU goes, by stage, per request (V8 profiler on
                       during the measured runs: their figures are then slower than without it)

Target: mutation p99 < ${TARGET_P99_MS} ms at 50 concurrent clients.`;

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    'data-dir': { type: 'string', default: join(process.cwd(), '.cache', 'bench', 'mutation') },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

interface AutocannonResult {
  requests: { total: number };
  latency: { p50: number; p99: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}
interface Request {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: {
    method: 'POST';
    path: string;
    headers: Record<string, string>;
    setupRequest(request: Request): Request;
  }[];
  verifyBody?: (body: string) => boolean;
}) => Promise<AutocannonResult>;

// autocannon ships no types; this is the part of its API the benchmark uses.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const MUTATION = `mutation ($input: DraftCatalogueItemInput!, $messageId: String) {
  draftCatalogueItem(input: $input, messageId: $messageId) { __typename ... on CommandAccepted { streamId } }
}`;

/** A new item and message id each call: every request is a command decided and stored. */
const mutationBody = (runId: string, n: number) =>
  JSON.stringify({
    query: MUTATION,
    variables: {
      messageId: `bench-${runId}-${n}`,
      input: {
        tenant: TENANT,
        itemId: `bench-${runId}-${n}`,
        areaCode: AREA,
        name: { level1Name: '压测事项', level2Name: `压测事项${n}` },
        source: 'PUBLIC_SERVICE_LIST',
        draftedOn: '2018-02-01',
      },
    },
  });

const mutationRun = async (
  url: string,
  token: string,
  options: { connections: number; duration: number },
  cpuMicros: () => Promise<number>,
) => {
  const runId = randomUUID().slice(0, 8);
  let n = 0;
  let refused = 0;
  let firstRefusal = '';
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const first = await fetch(`${url}/graphql`, { method: 'POST', headers, body: mutationBody(runId, n++) });
  const firstText = await first.text();
  if (!firstText.includes('"CommandAccepted"'))
    throw new Error(`the first mutation was not accepted: ${firstText}`);
  const cpuBefore = await cpuMicros();
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers,
        setupRequest: (request) => ({ ...request, body: mutationBody(runId, n++) }),
      },
    ],
    verifyBody: (body) => {
      if (!body.includes('"CommandAccepted"')) {
        refused++;
        firstRefusal ||= body.slice(0, 500);
      }
      return true;
    },
  });
  const cpuAfter = await cpuMicros();
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMicrosPerRequest: (cpuAfter - cpuBefore) / result.requests.total,
    problems: [
      result.requests.total === 0 ? 'no responses' : '',
      result.non2xx > 0 ? `${result.non2xx} non-2xx responses` : '',
      refused > 0 ? `${refused} mutations not accepted (first: ${firstRefusal})` : '',
      result.errors > 0 ? `${result.errors} connection errors` : '',
      result.timeouts > 0 ? `${result.timeouts} timeouts` : '',
    ].filter(Boolean),
  };
};

const main = async (): Promise<number> => {
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const connections = Number(args.connections);
  const duration = Number(args.duration);
  const warmup = Number(args.warmup);
  // Every run starts from the same seeded folder: the items a run adds must not slow the next.
  const seeded = args['data-dir'];
  if (!existsSync(join(seeded, 'events.sqlite'))) {
    console.error(`seeding ${seeded} (once)`);
    await (await startPublicServer({ dataDir: seeded, logLevel: 'warn' })).stop();
  }
  const folder = temporaryDirectory('gongkai-bench-mutation-');
  cpSync(seeded, folder.path, { recursive: true });
  console.error(`starting the embedded platform over a copy of ${seeded}`);
  const server = await startPublicServer({
    dataDir: folder.path,
    logLevel: 'info',
    token: { tenant: TENANT, role: ['admin'] },
  });
  try {
    const token = server.token!;
    if (warmup > 0) {
      console.error(`warming up for ${warmup} s`);
      await mutationRun(server.url, token, { connections, duration: warmup }, () => server.cpuMicros());
    }
    const profiles: { title: string; profile: CpuProfile; requests: number }[] = [];
    const measured = async <T extends { requests: number }>(title: string, work: () => Promise<T>) => {
      if (!args.profile) return work();
      const { result, profile } = await server.profiled(work);
      profiles.push({ title, profile, requests: result.requests });
      return result;
    };
    console.error(`mutations for ${duration} s at ${connections} clients`);
    const mutation = await measured('mutation', () =>
      mutationRun(server.url, token, { connections, duration }, () => server.cpuMicros()),
    );
    console.error(`{ __typename } for ${duration} s at ${connections} clients`);
    const trivialLoad = { url: server.url, token, connections, warmupSeconds: 0 };
    // The warm-up apart from the measured run, so that a profile covers the measured run alone.
    if (warmup > 0) await load({ ...trivialLoad, durationSeconds: warmup }, benchQueries().trivial);
    const trivial = await measured('{ __typename }', () =>
      load(
        { ...trivialLoad, durationSeconds: duration, serverCpuMicros: () => server.cpuMicros() },
        benchQueries().trivial,
      ),
    );
    const rows = [
      { name: 'mutation draftCatalogueItem (new item each)', ...mutation, judged: true },
      {
        name: 'query { __typename } (same server)',
        ...trivial,
        cpuMicrosPerRequest: trivial.serverCpuMicrosPerRequest,
        problems: problemsOf(trivial),
        judged: false,
      },
    ];
    console.log(
      `\nGraphQL on the embedded default at ${connections} concurrent clients (server in its own process, autocannon here)\n`,
    );
    console.log(['request', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'verdict'].join(' | '));
    for (const row of rows)
      console.log(
        [
          row.name,
          Math.round(row.requestsPerSecond).toLocaleString('en'),
          row.p50Ms,
          row.p99Ms,
          Math.round(row.cpuMicrosPerRequest),
          row.problems.length > 0
            ? `INVALID (${row.problems.join('; ')})`
            : row.judged
              ? row.p99Ms < TARGET_P99_MS
                ? 'PASS'
                : 'MISS'
              : 'info',
        ].join(' | '),
      );
    console.log(`\nTarget: mutation p99 < ${TARGET_P99_MS} ms at 50 concurrent clients.`);
    for (const { title, profile, requests } of profiles)
      printStages(`server CPU of ${title} by stage`, profile, requests);
    return rows.some((row) => row.problems.length > 0) ? 1 : 0;
  } finally {
    await server.stop();
    folder.remove();
  }
};

process.exitCode = await main();
