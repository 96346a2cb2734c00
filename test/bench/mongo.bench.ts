/**
 * MongoDB read models against the embedded ones, in one run: the projection rebuild of the scaled
 * seed (every standard projector, `rebuildProjections`) into MongoDB beside the same into SQLite,
 * the server's floor (the rebuilt documents inserted alone), then GraphQL `countyView` under load
 * served from each.
 *
 *   MONGODB_URL=mongodb://127.0.0.1:27017/ pnpm bench mongo [-- --items 20000 --events 200000]
 *
 * The event store is the read-side benchmark's cached seed (`readSideDataset.ts`), generated once.
 * The SQLite rebuild runs in a child of its own (`readSideRebuild.ts`), the MongoDB one in this
 * process; the server is the read-side benchmark's (`readSideServer.ts`), pointed at the database.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load, problemsOf } from './graphqlLoad';
import type { LoadResult } from './graphqlLoad';
import { benchQueries } from './graphqlQueries';
import { CACHE, seedEventStore } from './readSideDataset';
import { rebuildInChild } from './readSideRebuild';
import { serverDataDir, startServerInChild } from './readSideServer';
import type { ServerOptions } from './readSideServer';

const TARGET_EVENTS_PER_SECOND = 20_000;

const HELP = `MongoDB read models vs SQLite: projection rebuild and GraphQL countyView.

Usage: MONGODB_URL=mongodb://127.0.0.1:27017/ pnpm bench mongo [-- options]

  --items <n>          catalogue items of the scaled seed (default 20000)
  --events <n>         events of the scaled seed (default 200000)
  --batch <n>          events per unit of work, both rebuilds (default 10000)
  --mongo-batch <n>    events per unit of work of the MongoDB rebuild, if different (0: one unit)
  --duration <s>       measured seconds of countyView load per store (default 10)
  --warmup <s>         warm-up seconds before each measurement (default 3)
  --connections <n>    concurrent connections (default 10)
  --skip-graphql       only the rebuilds
  --help               this text

Target: MongoDB projection >= ${TARGET_EVENTS_PER_SECOND.toLocaleString('en')} events/s.`;

const { values: args } = parseArgs({
  options: {
    items: { type: 'string', default: '20000' },
    events: { type: 'string', default: '200000' },
    batch: { type: 'string', default: '10000' },
    'mongo-batch': { type: 'string' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    'skip-graphql': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});

const num = (value: string | undefined): number => Number.parseInt(value ?? '', 10);
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const rate = (value: number): string => Math.round(value).toLocaleString('en');

interface MongoRebuild {
  events: number;
  durationMs: number;
  eventsPerSecond: number;
  documents: Record<string, number>;
  server: string;
}

/** Rebuilds every projection from the seed into a fresh MongoDB database (kept for the server). */
const rebuildIntoMongo = async (
  eventStoreFile: string,
  mongo: { url: string; database: string },
  batchSize: number,
): Promise<MongoRebuild> => {
  const { openSqliteEventStore } = await import('@gongkai/event-store');
  const { createTenantDirectory, heilongjiangSeed } = await import('@gongkai/domain');
  const {
    collectionsOf,
    createMongoReadModelStore,
    createProjectors,
    projectionContextFor,
    rebuildProjections,
  } = await import('@gongkai/projections');
  const { READ_PAGE_SIZE } = await import('./rebuildOnce');
  const eventStore = openSqliteEventStore({ fileName: eventStoreFile, readPageSize: READ_PAGE_SIZE });
  const store = await createMongoReadModelStore(mongo);
  const projectors = createProjectors(projectionContextFor(createTenantDirectory(heilongjiangSeed)));
  let last = 0;
  const result = await rebuildProjections({
    eventStore,
    readModelStore: store,
    projectors,
    batchSize,
    onProgress: (step) => {
      if (performance.now() - last < 10_000 && step.phase === 'replaying') return;
      last = performance.now();
      log(
        `  mongo rebuild ${step.phase}: ${rate(step.done)} / ${rate(step.total)} events, ${rate(step.eventsPerSecond)} events/s`,
      );
    },
  });
  const documents: Record<string, number> = {};
  for (const collection of collectionsOf(projectors)) documents[collection] = await store.count(collection);
  const server = store.ferretdb ? 'FerretDB' : 'MongoDB';
  await store.close();
  await eventStore.close();
  return { ...result, documents, server };
};

interface ServerFloor {
  documents: number;
  durationMs: number;
}

/**
 * What the server alone costs: the rebuilt documents inserted again into a fresh database, 1,000 a
 * command, with no projection and nothing read. A projection that writes each document once cannot
 * beat this; the events it stands for divided by its duration bound the projection's events/s.
 */
const insertRebuiltDocuments = async (mongo: { url: string; database: string }): Promise<ServerFloor> => {
  const { MongoClient } = await import('mongodb');
  const client = await MongoClient.connect(mongo.url);
  const floor = client.db(`${mongo.database}_floor`);
  try {
    const source = client.db(mongo.database);
    const collections = (await source.listCollections().toArray()).map((collection) => collection.name);
    const batches: { name: string; documents: Record<string, unknown>[] }[] = [];
    let documents = 0;
    for (const name of collections) {
      const all = await source.collection(name).find().toArray();
      documents += all.length;
      for (let from = 0; from < all.length; from += 1_000)
        batches.push({ name, documents: all.slice(from, from + 1_000) });
    }
    const started = performance.now();
    for (const batch of batches)
      await floor.collection(batch.name).insertMany(batch.documents, { ordered: false });
    return { documents, durationMs: performance.now() - started };
  } finally {
    await floor.dropDatabase().catch(() => undefined);
    await client.close();
  }
};

const countyLoad = async (options: ServerOptions): Promise<LoadResult> => {
  const server = await startServerInChild(options);
  try {
    const result = await load(
      {
        url: server.url,
        token: server.token,
        serverCpuMicros: () => server.cpuMicros(),
        connections: num(args.connections),
        durationSeconds: num(args.duration),
        warmupSeconds: num(args.warmup),
      },
      benchQueries().county,
    );
    const problems = problemsOf(result);
    if (problems.length > 0) throw new Error(`${result.query}: ${problems.join(', ')}`);
    return result;
  } finally {
    await server.stop();
  }
};

const dropDatabase = async (mongo: { url: string; database: string }): Promise<void> => {
  const { MongoClient } = await import('mongodb');
  const client = await MongoClient.connect(mongo.url);
  await client.db(mongo.database).dropDatabase();
  await client.close();
};

const main = async (): Promise<void> => {
  if (args.help) {
    console.log(HELP);
    return;
  }
  const url = process.env.MONGODB_URL;
  if (!url) {
    // Skipped, not failed: `pnpm bench` runs every registered benchmark and stops at a failure.
    console.error('mongo SKIPPED: MONGODB_URL is not set (pnpm infra:up starts FerretDB on it).');
    return;
  }
  const scale = { items: num(args.items), events: num(args.events) };
  const batch = num(args.batch);
  const seed = await seedEventStore(scale, log);
  const mongoBatch = args['mongo-batch'] === undefined ? batch : num(args['mongo-batch']) || seed.events + 1;
  const load1 = loadavg()[0]?.toFixed(1) ?? '?';
  log(`event store: ${seed.file} (${rate(seed.events)} events)`);
  const work = join(CACHE, 'mongo-bench');
  const sqlitePath = join(work, 'read-models.sqlite');
  log('rebuilding into SQLite (child process) ...');
  const sqlite = await rebuildInChild(seed.file, sqlitePath, batch);
  log(`  sqlite: ${rate(sqlite.eventsPerSecond)} events/s`);
  const mongo = { url, database: `gongkai_bench_${Date.now().toString(36)}` };
  log(`rebuilding into ${url} database ${mongo.database} (units of ${rate(mongoBatch)} events) ...`);
  try {
    const rebuilt = await rebuildIntoMongo(seed.file, mongo, mongoBatch);
    log('inserting the rebuilt documents alone into a fresh database (the server floor) ...');
    const floor = await insertRebuiltDocuments(mongo);
    const floorRate = (seed.events * 1000) / floor.durationMs;
    const lines = [
      '',
      `MongoDB read models: ${rate(seed.events)} events, ${rate(scale.items)} items; ${cpus().length} cores, load ${load1} at start; server ${rebuilt.server} at ${url}`,
      `  projection into SQLite   ${rate(sqlite.eventsPerSecond).padStart(8)} events/s   (units of ${rate(batch)} events, ${(sqlite.durationMs / 1000).toFixed(1)} s)`,
      `  projection into MongoDB  ${rate(rebuilt.eventsPerSecond).padStart(8)} events/s   (units of ${rate(Math.min(mongoBatch, seed.events))} events, ${(rebuilt.durationMs / 1000).toFixed(1)} s)`,
      `  documents                ${JSON.stringify(rebuilt.documents)}`,
      `  server floor             ${rate(floorRate).padStart(8)} events/s   (the ${rate(floor.documents)} rebuilt documents inserted alone, 1,000 a command: ${(floor.durationMs / 1000).toFixed(1)} s)`,
      `  target MongoDB projection ≥ ${rate(TARGET_EVENTS_PER_SECOND)} events/s: ${rate(rebuilt.eventsPerSecond)}   ${rebuilt.eventsPerSecond >= TARGET_EVENTS_PER_SECOND ? 'PASS' : 'MISS'}`,
    ];
    if (!args['skip-graphql']) {
      const common = {
        eventStorePath: seed.file,
        readModelPath: sqlitePath,
        dataDir: serverDataDir(CACHE),
        limits: { maxCost: 20_000 },
        logLevel: 'warn',
        viewResponseCache: false,
      };
      log(`countyView at ${args.connections} connections, ${args.duration} s each (response cache off) ...`);
      const embedded = await countyLoad(common);
      const onMongo = await countyLoad({ ...common, mongo });
      for (const [label, result] of [
        ['SQLite ', embedded],
        ['MongoDB', onMongo],
      ] as const) {
        lines.push(
          `  countyView on ${label}    p50 ${result.p50Ms} ms   p99 ${result.p99Ms} ms   ${rate(result.requestsPerSecond)} req/s`,
        );
      }
    }
    console.log(lines.join('\n'));
  } finally {
    await dropDatabase(mongo).catch(() => undefined);
  }
};

await main();
