/**
 * National-scale benchmark: the pilot in every county of the country (31 provinces, ~338
 * prefecture-level units, ~2,846 counties; `national/nationalDirectory.ts`), each with
 * `--items-per-county` catalogue items (default 500: 1.42M items, ~10M events). Prints the
 * event store's size on disk, the rebuild (time, events/s, peak RSS) with one projector process and
 * with `--shards` processes side by side, countyView / provinceView / nationalRollup p50/p99
 * computed from the read models, and the same views as of random dates (p50/p99).
 *
 *   pnpm bench national [--items-per-county 500] [--events-per-item 7] [--shards 2]
 *                       [--view-samples 40] [--as-of-samples 15] [--view-budget 300]
 *                       [--time-limit 1800]
 *
 * The event store is generated once through the domain and cached in .cache/bench/ under its own
 * name (national-…); a smaller --items-per-county makes a smaller run of the same directory.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { READ_PAGE_SIZE, rssOf } from './rebuildOnce';
import { CACHE } from './readSideDataset';
import { nationalDirectory, nationalEventStore } from './national/nationalDataset';

const SCRIPT = fileURLToPath(import.meta.url);
const WORK = join(CACHE, 'national');

const HELP = `National-scale benchmark: every county of the country a pilot.

Usage: pnpm bench national [options]

  --items-per-county <n>  catalogue items per county (default 500: about 1.42M items)
  --events-per-item <n>   events per catalogue item (default 7: about 10M events)
  --shards <n>            projector processes of the sharded rebuild (default 2; 0 skips it)
  --view-samples <n>      live views timed per tier (default 40; nationalRollup a quarter of them)
  --as-of-samples <n>     views as of a random date timed per tier (default 15)
  --view-budget <s>       seconds a view's samples may take in all (default 300): no sample is
                          started after it; one still running when it ends (if the event loop
                          gets to notice) is cut off and its figures printed as "≥"
  --time-limit <s>        fail when the whole run (generation excluded) takes longer (default 1800)
  --help                  this text

Targets (issue 16): runs within 30 minutes on the development machine and prints every figure.`;

const { values: args } = parseArgs({
  options: {
    'items-per-county': { type: 'string', default: '500' },
    'events-per-item': { type: 'string', default: '7' },
    shards: { type: 'string', default: '2' },
    'view-samples': { type: 'string', default: '40' },
    'as-of-samples': { type: 'string', default: '15' },
    'view-budget': { type: 'string', default: '300' },
    'time-limit': { type: 'string', default: '1800' },
    help: { type: 'boolean', default: false },
    child: { type: 'string' },
    source: { type: 'string' },
    target: { type: 'string' },
    shard: { type: 'string' },
  },
  allowPositionals: true,
});

const num = (value: string | undefined): number => Number(value ?? '');
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
const fileBytes = (file: string): number =>
  ['', '-wal'].reduce(
    (sum, suffix) => sum + (existsSync(file + suffix) ? statSync(file + suffix).size : 0),
    0,
  );

interface RebuildFigures {
  events: number;
  durationMs: number;
  /** User + system CPU of the rebuild: on a shared machine, the figure that does not wait for others. */
  cpuMs: number;
  maxRssMb: number;
  readModelBytes: number;
}

interface Percentiles {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  /** Samples cut off at the budget: their duration is a lower bound (the percentiles then too). */
  cutOff: number;
}

type ViewFigures = Record<string, Percentiles>;

const percentiles = (durations: number[], cutOff = 0): Percentiles => {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return {
    samples: sorted.length,
    p50Ms: Math.round(at(0.5) * 10) / 10,
    p99Ms: Math.round(at(0.99) * 10) / 10,
    cutOff,
  };
};

// ---------------------------------------------------------------------------------------------
// Children

const rebuildChild = async (
  source: string,
  target: string,
  shard: string | undefined,
): Promise<RebuildFigures> => {
  const { openSqliteEventStore } = await import('@gongkai/event-store');
  const { createProjectors, createSqliteReadModelStore, projectionContextFor, rebuildProjections } =
    await import('@gongkai/projections');
  for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
  const eventStore = openSqliteEventStore({ fileName: source, readPageSize: READ_PAGE_SIZE });
  const readModelStore = await createSqliteReadModelStore({ path: target });
  const [index, count] = (shard ?? '').split('/').map(Number);
  const context = projectionContextFor(nationalDirectory());
  const projectors = createProjectors(
    context,
    index === undefined || count === undefined || Number.isNaN(count) ? {} : { shard: { index, count } },
  );
  const cpu = process.cpuUsage();
  const result = await rebuildProjections({ eventStore, readModelStore, projectors, batchSize: 10_000 });
  const { user, system } = process.cpuUsage(cpu);
  await readModelStore.close();
  await eventStore.close();
  return {
    events: result.events,
    durationMs: result.durationMs,
    cpuMs: (user + system) / 1000,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    readModelBytes: fileBytes(target),
  };
};

/**
 * Up to `samples` calls, one after another, while `budgetMs` lasts: a call still running when it
 * runs out counts with the time it had taken (a lower bound; the child exits without waiting for it).
 */
const timed = async (
  samples: number,
  budgetMs: number,
  run: (index: number) => Promise<unknown>,
): Promise<Percentiles> => {
  const durations: number[] = [];
  const started = performance.now();
  let cutOff = 0;
  for (let index = 0; index < samples; index++) {
    const left = budgetMs - (performance.now() - started);
    if (left <= 0) break;
    const begun = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const running = run(index).then(() => true);
    running.catch(() => undefined); // one cut off may fail later, when the stores are closed
    const finished = await Promise.race([
      running,
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), left))),
    ]);
    clearTimeout(timer);
    durations.push(performance.now() - begun);
    if (!finished) {
      cutOff++;
      break;
    }
  }
  return percentiles(durations, cutOff);
};

/** A deterministic pick (the same units and dates every run). */
const pick = <T>(items: readonly T[], index: number): T => items[(index * 7919) % items.length] as T;

const viewsChild = async (source: string, target: string): Promise<ViewFigures> => {
  const { openSqliteEventStore } = await import('@gongkai/event-store');
  const { heilongjiangMilestones } = await import('@gongkai/domain');
  const { ReadModelViewQueries, ReadModelViews, createSqliteReadModelStore, projectionContextFor } =
    await import('@gongkai/projections');
  const directory = nationalDirectory();
  const eventStore = openSqliteEventStore({ fileName: source });
  const readModelStore = await createSqliteReadModelStore({ path: target });
  const context = projectionContextFor(directory);
  // The views computed from the documents each time (what a request costs after the read models moved).
  const views = new ReadModelViews(readModelStore, context, heilongjiangMilestones);
  const queries = new ReadModelViewQueries({
    readModelStore,
    eventStore,
    directory,
    milestones: heilongjiangMilestones,
    clock: () => new Date('2018-08-31T12:00:00+08:00'),
  });
  const basis = { position: await eventStore.headPosition(), date: '2018-08-31', asOf: null };
  const counties = directory
    .all()
    .filter((unit) => unit.tier === 'county')
    .map((unit) => unit.code);
  const provinces = directory
    .all()
    .filter((unit) => unit.tier === 'province')
    .map((unit) => unit.code);
  const samples = num(args['view-samples']);
  const asOfSamples = num(args['as-of-samples']);
  const dateOf = (index: number): string => {
    const day = new Date(Date.UTC(2017, 8, 1) + ((index * 7919) % 480) * 86_400_000);
    return day.toISOString().slice(0, 10);
  };
  const figures: ViewFigures = {};
  const measure = async (name: string, count: number, run: (index: number) => Promise<unknown>) => {
    const cpu = process.cpuUsage();
    const result = await timed(count, num(args['view-budget']) * 1000, run);
    const { user, system } = process.cpuUsage(cpu);
    const cpuMs = Math.round((user + system) / 100 / Math.max(1, result.samples)) / 10;
    figures[name] = result;
    log(
      `  ${name}: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${cpuMs} ms CPU a call (${result.samples} of ${count} samples${result.cutOff > 0 ? ', the last cut off at the budget' : ''}; load average ${loadavg()[0]?.toFixed(1)})`,
    );
  };
  await measure('countyView', samples, (i) => views.county(pick(counties, i), basis));
  await measure('provinceView', samples, (i) => views.province(pick(provinces, i), basis));
  await measure('nationalRollup', Math.max(3, samples >> 2), () => views.national(basis));
  await measure('countyView asOf', asOfSamples, (i) =>
    queries.countyView(pick(counties, i), { date: dateOf(i) }),
  );
  await measure('provinceView asOf', asOfSamples, (i) =>
    queries.provinceView(pick(provinces, i), { date: dateOf(i) }),
  );
  await measure('nationalRollup asOf', Math.max(3, asOfSamples >> 2), (i) =>
    queries.nationalRollup({ date: dateOf(i) }),
  );
  await readModelStore.close();
  await eventStore.close();
  return figures;
};

// ---------------------------------------------------------------------------------------------
// Parent

interface ChildRun<T> {
  result: T;
  peakRssMb: number;
}

const runChild = async <T>(childArgs: string[]): Promise<ChildRun<T>> => {
  const child = fork(SCRIPT, childArgs, {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let sampled = 0;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, child.pid === undefined ? 0 : (rssOf(child.pid) ?? 0));
  }, 100);
  try {
    const result = await new Promise<T>((resolve, reject) => {
      let received: T | undefined;
      child.on('message', (message) => (received = message as T));
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 && received !== undefined
          ? resolve(received)
          : reject(new Error(`child ${childArgs.join(' ')} exited with ${String(code)}`)),
      );
    });
    return { result, peakRssMb: mb(sampled) };
  } finally {
    clearInterval(sampler);
  }
};

/** A figure with a sample cut off at the budget is a lower bound. */
const atLeast = (figures: Percentiles): string => (figures.cutOff > 0 ? '≥ ' : '');

const row = (figure: string, value: string, target = ''): string =>
  `| ${figure.padEnd(40)} | ${value.padStart(16)} | ${target.padStart(10)} |`;

const main = async (): Promise<void> => {
  if (args.help) {
    console.log(HELP);
    return;
  }
  const scale = {
    itemsPerCounty: num(args['items-per-county']),
    eventsPerItem: num(args['events-per-item']),
  };
  const dataset = await nationalEventStore(scale, log);
  const started = performance.now();
  mkdirSync(WORK, { recursive: true });
  const target = join(WORK, 'read-models.sqlite');
  log(
    `event store ${dataset.file}: ${dataset.events.toLocaleString('en')} events, ${dataset.counties} counties, ${dataset.items.toLocaleString('en')} items`,
  );
  log('rebuilding with one projector process ...');
  const single = await runChild<RebuildFigures>([
    '--child',
    'rebuild',
    '--source',
    dataset.file,
    '--target',
    target,
  ]);
  log(
    `  ${(single.result.durationMs / 1000).toFixed(1)} s (${(single.result.cpuMs / 1000).toFixed(0)} s CPU), peak RSS ${Math.max(single.peakRssMb, single.result.maxRssMb)} MB`,
  );
  const shardCount = num(args.shards);
  let sharded: { wallMs: number; runs: ChildRun<RebuildFigures>[] } | undefined;
  if (shardCount > 1) {
    log(`rebuilding with ${shardCount} projector processes side by side ...`);
    const shardStarted = performance.now();
    const runs = await Promise.all(
      Array.from({ length: shardCount }, (_, index) =>
        runChild<RebuildFigures>([
          '--child',
          'rebuild',
          '--source',
          dataset.file,
          '--target',
          join(WORK, `read-models-shard-${index}.sqlite`),
          '--shard',
          `${index}/${shardCount}`,
        ]),
      ),
    );
    sharded = { wallMs: performance.now() - shardStarted, runs };
    log(
      `  ${(sharded.wallMs / 1000).toFixed(1)} s wall; ` +
        runs.map((run) => `${(run.result.cpuMs / 1000).toFixed(0)} s CPU, ${run.peakRssMb} MB`).join(' / '),
    );
    for (let index = 0; index < shardCount; index++)
      rmSync(join(WORK, `read-models-shard-${index}.sqlite`), { force: true });
  }
  log('timing the views ...');
  const views = await runChild<ViewFigures>([
    '--child',
    'views',
    '--source',
    dataset.file,
    '--target',
    target,
    // The child parses its own arguments: the sampling options go along.
    ...(['view-samples', 'as-of-samples', 'view-budget'] as const).flatMap((name) => [
      `--${name}`,
      String(args[name]),
    ]),
  ]);
  const totalSeconds = (performance.now() - started) / 1000;
  const rebuildRss = Math.max(single.peakRssMb, single.result.maxRssMb);
  const lines = [
    '',
    `national: ${dataset.counties.toLocaleString('en')} counties, ${dataset.items.toLocaleString('en')} items, ${dataset.events.toLocaleString('en')} events; ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}`,
    row('figure', 'value', 'target'),
    row('-'.repeat(40), '-'.repeat(16), '-'.repeat(10)),
    row('event store on disk', `${mb(fileBytes(dataset.file)).toLocaleString('en')} MB`),
    row('event store bytes per event', `${Math.round(fileBytes(dataset.file) / dataset.events)} B`),
    row('rebuild, 1 process', `${(single.result.durationMs / 1000).toFixed(1)} s`),
    row(
      'rebuild, 1 process, events/s',
      Math.round((single.result.events * 1000) / single.result.durationMs).toLocaleString('en'),
    ),
    row(
      'rebuild, 1 process, events per CPU-second',
      Math.round((single.result.events * 1000) / single.result.cpuMs).toLocaleString('en'),
    ),
    row('rebuild, 1 process, peak RSS', `${rebuildRss} MB`),
    row('read models on disk', `${mb(single.result.readModelBytes).toLocaleString('en')} MB`),
    ...(sharded === undefined
      ? []
      : [
          row(`rebuild, ${shardCount} shard processes, wall`, `${(sharded.wallMs / 1000).toFixed(1)} s`),
          row(
            `rebuild, ${shardCount} shards, events/s`,
            Math.round((dataset.events * 1000) / sharded.wallMs).toLocaleString('en'),
          ),
          row(
            `rebuild, ${shardCount} shards, peak RSS each`,
            sharded.runs.map((run) => `${Math.max(run.peakRssMb, run.result.maxRssMb)}`).join(' / ') + ' MB',
          ),
        ]),
    ...Object.entries(views.result).flatMap(([name, figures]) => [
      row(`${name} p50 (${figures.samples} samples)`, `${atLeast(figures)}${figures.p50Ms} ms`),
      row(
        `${name} p99`,
        `${atLeast(figures)}${figures.p99Ms} ms`,
        name.endsWith('asOf')
          ? name.startsWith('national')
            ? '< 250 ms'
            : name.startsWith('province')
              ? '< 100 ms'
              : ''
          : '',
      ),
    ]),
    row('whole run (generation excluded)', `${totalSeconds.toFixed(0)} s`, `≤ ${args['time-limit']} s`),
    '',
    `Views are computed from the read models on each call (no cache); "asOf" at random dates 2017-09-01 … 2018-12-24.`,
  ];
  console.log(lines.join('\n'));
  if (totalSeconds > num(args['time-limit'])) {
    throw new Error(`the run took ${totalSeconds.toFixed(0)} s, over its limit of ${args['time-limit']} s`);
  }
};

if (args.child !== undefined) {
  const source = args.source ?? '';
  const target = args.target ?? '';
  const result =
    args.child === 'views'
      ? await viewsChild(source, target)
      : await rebuildChild(source, target, args.shard);
  // Exit without waiting for a view cut off at its budget.
  process.send?.(result, () => process.exit(0));
} else {
  await main();
}
