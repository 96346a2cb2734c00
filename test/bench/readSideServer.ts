/**
 * The API server of the read-side benchmark, in a child process of its own so the load generator
 * never shares its event loop. Composed as `startPlatform` composes it (embedded stack, projection
 * runner following the store live, embedded JWT verifier, production mode) on the cached event
 * store and the freshly rebuilt read models, with the benchmark's query limits. It reports its URL
 * and a province admin token (`issueToken`) over IPC and stops on a `stop` message.
 */
import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ApiLimits } from '@gongkai/api';
import { answerParent, controlChild } from './childServer';
import type { CpuProfile } from './cpuProfileStages';
import { benchQueries } from './graphqlQueries';

const SCRIPT = fileURLToPath(import.meta.url);

export interface ServerOptions {
  eventStorePath: string;
  readModelPath: string;
  /** The signing key lives here (`keys/`), as in a platform data folder. */
  dataDir: string;
  limits: Partial<ApiLimits>;
  logLevel: string;
  /** The API's cache of live-view responses (`createGongkaiApi({ viewResponseCache })`). */
  viewResponseCache: boolean;
  /** Write a V8 CPU profile of the server into this folder when it stops. */
  cpuProfileDir?: string | undefined;
  /** Serve the read models of this MongoDB database instead of `readModelPath` (mongo.bench.ts). */
  mongo?: { url: string; database: string } | undefined;
}

export interface RunningBenchServer extends Ready {
  pid: number;
  /** CPU time the server has used so far (user + system), µs. */
  cpuMicros(): Promise<number>;
  /** Runs `work` with the server's V8 CPU profiler on; the profile covers `work` alone. */
  profiled<T>(work: () => Promise<T>): Promise<{ result: T; profile: CpuProfile }>;
  stop(): Promise<void>;
}

interface Ready {
  url: string;
  token: string;
  /** The cost the API's limits compute for each benchmark query (`computeQueryCost`). */
  costs: Record<string, number>;
}

type FromServer = Ready | { cpuMicros: number };

const serve = async (options: ServerOptions): Promise<void> => {
  const [platform, api] = await Promise.all([import('@gongkai/platform'), import('@gongkai/api')]);
  const config = {
    ...platform.loadConfig({
      ...process.env,
      GONGKAI_DATA_DIR: options.dataDir,
      LOG_LEVEL: options.logLevel,
      ...(options.mongo ? { MONGODB_URL: options.mongo.url, MONGODB_DATABASE: options.mongo.database } : {}),
    }),
    eventStorePath: options.eventStorePath,
    readModelPath: options.readModelPath,
  };
  mkdirSync(config.dataDir, { recursive: true });
  const token = await platform.issueToken(config, { tenant: '230000', role: ['admin'], expires: '2h' });
  const logger = platform.createLogger(config);
  const stack = await platform.openStack(config);
  const bus = platform.createBus(config, logger);
  const runner = await platform.startProjections({ stack, bus, topicPrefix: '', logger });
  const app = api.createGongkaiApi({
    views: stack.views,
    applications: stack.applications,
    gateway: api.createCoreGateway(stack.writeCore),
    directory: stack.directory,
    auth: api.createEmbeddedTokenVerifier(await api.loadOrCreateSigningKey(config.dataDir)),
    headPosition: () => stack.eventStore.headPosition(),
    logger,
    development: false,
    limits: options.limits,
    viewResponseCache: options.viewResponseCache,
    ready: async () => ({
      ready: runner.state() === 'running',
      details: { projectionLag: await runner.lag() },
    }),
  });
  const server = await api.listen(app.app, 0, '127.0.0.1');
  // The server's own parse (with its token limit); envelop types it loosely.
  const parse = app.yoga.getEnveloped({}).parse as (
    source: string,
  ) => Parameters<typeof api.computeQueryCost>[0]['document'];
  const costs: Record<string, number> = {};
  for (const [key, query] of Object.entries(benchQueries())) {
    const { query: text, variables } = JSON.parse(query.body) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    costs[key] = api.computeQueryCost(
      { schema: app.schema, document: parse(text), variables },
      { defaultListSize: app.limits.defaultListSize },
    );
  }
  answerParent(async () => {
    await server.close(1_000);
    await app.close();
    await runner.stop();
    await bus.close();
    await stack.close();
  });
  process.send?.({ url: server.url, token, costs } satisfies FromServer);
};

/** Starts the server child; resolves once it listens. */
export const startServerInChild = async (options: ServerOptions): Promise<RunningBenchServer> => {
  if (options.cpuProfileDir !== undefined) mkdirSync(options.cpuProfileDir, { recursive: true });
  const profiling =
    options.cpuProfileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`];
  const child = fork(SCRIPT, ['--options', JSON.stringify(options)], {
    execArgv: [...process.execArgv, ...profiling],
    // As a production server runs: libraries (graphql-js, express) skip their development checks.
    env: { ...process.env, NODE_ENV: 'production' },
    // The access log (one JSON line a request, as in production) goes to /dev/null, not our terminal.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (message: FromServer) => resolve(message as Ready));
    child.once('error', reject);
    void exited.then((code) =>
      reject(new Error(`the server child exited with ${String(code)} before listening`)),
    );
  });
  return {
    ...ready,
    pid: child.pid ?? 0,
    ...controlChild(child, exited),
  };
};

export const serverDataDir = (cache: string): string => join(cache, 'read-side', 'server');

if (process.argv[1] === SCRIPT && process.send !== undefined) {
  const { values } = parseArgs({ options: { options: { type: 'string' } } });
  await serve(JSON.parse(values.options ?? '{}') as ServerOptions);
}
