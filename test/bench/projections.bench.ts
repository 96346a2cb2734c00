/**
 * Rebuild benchmark of the read side: replays a scaled seed (about 100,000 catalogue items and
 * 1,000,000 events, decided by the domain) through every projector into a fresh read-model store,
 * in a child process, and reports events/s and peak RSS against the targets. Beside it, in a child
 * of its own, the floor: reading the same events from the event store and doing nothing else.
 *
 *   pnpm bench projections [-- --items 100000 --events 1000000 --batch 10000 --no-floor]
 *   pnpm exec tsx test/bench/projections.bench.ts [same options]
 *
 * The event store is generated once (through the seed's `seedEventStore`, so every event
 * is decided by the domain) and cached under `.cache/bench/`; reruns start at the rebuild.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { READ_PAGE_SIZE, rebuildOnce, rssOf } from './rebuildOnce';

const TARGET_EVENTS_PER_SECOND = 50_000;
const TARGET_RSS_MB = 500;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, '.cache/bench');
const SCRIPT = fileURLToPath(import.meta.url);
/** Node's defaults: a larger young generation (--max-semi-space-size) bought RSS, not speed. */
const CHILD_FLAGS: string[] = [];

interface ChildResult {
  events: number;
  durationMs: number;
  eventsPerSecond: number;
  /** User + system CPU of the child (its GC threads included). */
  cpuMs: number;
  maxRssMb: number;
  documents: Record<string, number>;
}

const HELP = `Projection rebuild benchmark over the scaled seed.

Usage: pnpm bench projections [-- options]

  --items <n>    catalogue items of the scaled seed (default 100000)
  --events <n>   events of the scaled seed (default 1000000)
  --batch <n>    events per unit of work (default 10000)
  --no-floor     skip the read-only pass (the event store's own read rate)
  --help         this text

Targets: >= ${TARGET_EVENTS_PER_SECOND.toLocaleString('en')} events/s, peak RSS < ${TARGET_RSS_MB} MB. Rates are given per wall-clock
second and per CPU-second of the child (the machine may be shared).`;

const options = parseArgs({
  options: {
    'no-floor': { type: 'boolean', default: false },
    floor: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
    items: { type: 'string', default: '100000' },
    events: { type: 'string', default: '1000000' },
    batch: { type: 'string', default: '10000' },
    child: { type: 'boolean', default: false },
    source: { type: 'string' },
    target: { type: 'string' },
  },
});

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** The cached event store of the scaled seed, generated on first use. */
const eventStoreFile = async (items: number, events: number): Promise<string> => {
  const file = join(CACHE, `projections-seed-${items}-items-${events}-events.sqlite`);
  const marker = `${file}.json`;
  const { openSqliteEventStore } = await import('@gongkai/event-store');
  if (existsSync(file) && existsSync(marker)) {
    try {
      await openSqliteEventStore({ fileName: file }).close();
      return file;
    } catch (error) {
      // Written by an older build of the event store (its schema moved on): generate it again.
      process.stdout.write(
        `the cached event store cannot be opened (${String(error)}); generating it again\n`,
      );
      for (const suffix of ['', '-wal', '-shm', '.json']) rmSync(file + suffix, { force: true });
    }
  }
  mkdirSync(CACHE, { recursive: true });
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const seedEventStore = await import('@gongkai/platform').then((platform) => platform.seedEventStore);
  const store = openSqliteEventStore({ fileName: partial });
  const started = performance.now();
  process.stdout.write(
    `generating ${events.toLocaleString('en')} events (${items.toLocaleString('en')} items), cached in ${file}\n`,
  );
  let lastReport = 0;
  const result = await seedEventStore(store, {
    scale: { itemsTarget: items, eventsTarget: events },
    onProgress: (done, total) => {
      if (performance.now() - lastReport < 5_000) return;
      lastReport = performance.now();
      process.stdout.write(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} commands\n`);
    },
  });
  const head = await store.headPosition();
  await store.close();
  if (result.rejected.length > 0) throw new Error(`the seed was refused ${result.rejected.length} times`);
  renameSync(partial, file);
  for (const suffix of ['-wal', '-shm']) rmSync(partial + suffix, { force: true });
  writeFileSync(marker, JSON.stringify({ items, events: head, commands: result.commands }, null, 2));
  process.stdout.write(
    `generated ${head.toLocaleString('en')} events in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  return file;
};

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};

/** In the child: rebuild every projection from `source` into a fresh store at `target`. */
const runRebuild = (source: string, target: string, batchSize: number): Promise<ChildResult> =>
  rebuildOnce(source, target, batchSize);

/** In the child: only read every event from the event store (the floor under any rebuild). */
const runFloor = async (source: string): Promise<ChildResult> => {
  const { openSqliteEventStore } = await import('@gongkai/event-store');
  const eventStore = openSqliteEventStore({ fileName: source, readPageSize: READ_PAGE_SIZE });
  const cpu = process.cpuUsage();
  const started = performance.now();
  let events = 0;
  for await (const _event of eventStore.readAll()) events++;
  const durationMs = performance.now() - started;
  const cpuMs = cpuMsSince(cpu);
  await eventStore.close();
  return {
    events,
    durationMs,
    eventsPerSecond: (events * 1000) / durationMs,
    cpuMs,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    documents: {},
  };
};

const inChild = async (
  source: string,
  batchSize: number,
  floor: boolean,
): Promise<ChildResult & { sampledPeakRssMb: number }> => {
  const directory = await mkdtemp(join(tmpdir(), 'gongkai-bench-'));
  const target = join(directory, 'read-models.sqlite');
  const args = ['--child', '--source', source, '--target', target, '--batch', String(batchSize)];
  const child = fork(SCRIPT, floor ? [...args, '--floor'] : args, {
    execArgv: [...process.execArgv, ...CHILD_FLAGS],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, child.pid === undefined ? 0 : (rssOf(child.pid) ?? 0));
  }, 50);
  try {
    return await new Promise((resolvePromise, reject) => {
      let result: ChildResult | undefined;
      child.on('message', (message) => (result = message as ChildResult));
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code === 0 && result) resolvePromise({ ...result, sampledPeakRssMb: mb(peak) });
        else reject(new Error(`the rebuild child exited with ${String(code)}`));
      });
    });
  } finally {
    clearInterval(sampler);
    rmSync(directory, { recursive: true, force: true });
  }
};

const verdict = (pass: boolean): string => (pass ? 'PASS' : 'MISS');
const rate = (events: number, ms: number): string => Math.round((events * 1000) / ms).toLocaleString('en');

const main = async (): Promise<void> => {
  const { values } = options;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const batchSize = Number(values.batch);
  if (values.child) {
    const { source = '', target = '' } = values;
    process.send?.(values.floor ? await runFloor(source) : await runRebuild(source, target, batchSize));
    return;
  }
  const source = await eventStoreFile(Number(values.items), Number(values.events));
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  const floor = values['no-floor'] ? undefined : await inChild(source, batchSize, true);
  const result = await inChild(source, batchSize, false);
  const rssMb = Math.max(result.maxRssMb, result.sampledPeakRssMb);
  const figure = Math.round(result.eventsPerSecond);
  const lines = [
    `projections rebuild: ${result.events.toLocaleString('en')} events in ${(result.durationMs / 1000).toFixed(1)} s (batch ${batchSize.toLocaleString('en')}; ${cpus().length} CPUs, load ${load} at start)`,
    `  documents   ${JSON.stringify(result.documents)}`,
    `  throughput  target ≥ ${TARGET_EVENTS_PER_SECOND.toLocaleString('en')} events/s   figure ${figure.toLocaleString('en')} events/s (${rate(result.events, result.cpuMs)} per CPU-second)   ${verdict(figure >= TARGET_EVENTS_PER_SECOND)}`,
    `  peak RSS    target < ${TARGET_RSS_MB} MB             figure ${rssMb} MB (sampled ${result.sampledPeakRssMb} MB, maxRSS ${result.maxRssMb} MB)   ${verdict(rssMb < TARGET_RSS_MB)}`,
  ];
  if (floor) {
    lines.push(
      `  floor       reading the events alone: ${rate(floor.events, floor.durationMs)} events/s (${rate(floor.events, floor.cpuMs)} per CPU-second), ${Math.max(floor.maxRssMb, floor.sampledPeakRssMb)} MB`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
};

await main();
