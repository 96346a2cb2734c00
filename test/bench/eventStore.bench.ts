/**
 * Event-store benchmark: the SQLite EventStore through its port, against the targets, beside Emmett's
 * SQLite event store driven with the same events.
 *
 *   pnpm bench event-store [--runs 3] [--single 20000] [--batches 2000] [--large 1000000]
 *                          [--emmett-ms 3000] [--no-emmett]
 *
 * Each run writes fresh files; figures are the median over the runs (the machine is shared, so single
 * runs are noisy). Peak RSS is sampled while a fresh child process reads the 1M-event store.
 * The per-run lines also give each rate per second of the process's CPU time ("CPU"): on a shared
 * machine that shows what the store would do with a core to itself. The table reports wall clock.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runEmmett, type EmmettFigures } from './eventStoreBench/emmett';
import type { PhaseRate } from './eventStoreBench/clock';
import { runGongkai, type GongkaiFigures } from './eventStoreBench/gongkai';
import { populate, readLarge, type LargeReadResult } from './eventStoreBench/largeRead';
import { median, table, type Row } from './eventStoreBench/report';

const SCRIPT = fileURLToPath(import.meta.url);

const HELP = `Event-store benchmark (SQLite adapter vs Emmett SQLite 0.38.5).

Usage: pnpm bench event-store [options]

  --runs <n>        repetitions; figures are medians (default 3)
  --single <n>      single-event appends per run (default 20000)
  --batches <n>     appends of 100 events per run (default 2000)
  --large <n>       events in the store read for peak RSS (default 1000000)
  --emmett-ms <ms>  time spent on each Emmett append phase (default 3000)
  --no-emmett       skip Emmett
  --help            this text

Targets: >= 15,000 single-event appends/s; >= 100,000 events/s in batches of 100;
>= 200,000 events/s reading all (data parsed); < 200 MB RSS reading 1M events;
>= 20x Emmett on single-event appends.`;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    single: { type: 'string', default: '20000' },
    batches: { type: 'string', default: '2000' },
    large: { type: 'string', default: '1000000' },
    'emmett-ms': { type: 'string', default: '3000' },
    'no-emmett': { type: 'boolean', default: false },
    child: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});

const num = (value: string | undefined): number => Number.parseInt(value ?? '', 10);

/** The 1M read, in a process of its own so the earlier phases' heap does not count. */
const readLargeInChild = (fileName: string): Promise<LargeReadResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, '--child', fileName], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as LargeReadResult)
        : reject(new Error(`large read exited ${code}`)),
    );
  });

const log = (line: string): void => void process.stderr.write(`${line}\n`);

const k = (perSecond: number): string => `${Math.round(perSecond).toLocaleString('en-US')}/s`;

/** Wall-clock rate, and in brackets the rate per second of this process's CPU time. */
const r = (phase: PhaseRate): string => `${k(phase.perSecond)} [${k(phase.perCpuSecond)} CPU]`;

interface RunFigures {
  gongkai: GongkaiFigures;
  emmett?: EmmettFigures;
  large: LargeReadResult;
}

const runOnce = async (dir: string, run: number, largeFile: string): Promise<RunFigures> => {
  const gongkai = await runGongkai(join(dir, `gongkai-${run}.db`), {
    single: num(args.single),
    batches: num(args.batches),
  });
  log(
    `  run ${run} Gongkai: single ${r(gongkai.single)}, batches ${r(gongkai.batch)}, ` +
      `read ${r(gongkai.read)} (${gongkai.read.events} events)`,
  );
  let emmett: EmmettFigures | undefined;
  if (!args['no-emmett']) {
    emmett = await runEmmett(join(dir, `emmett-${run}.db`), {
      phaseMs: num(args['emmett-ms']),
      readEvents: 20_000,
    }).catch((error: unknown) => {
      log(`  run ${run} Emmett failed, left out of this run: ${String(error)}`);
      return undefined;
    });
  }
  if (emmett !== undefined) {
    log(
      `  run ${run} Emmett:  single ${r(emmett.single)}, batches ${r(emmett.batch)}, ` +
        `read ${r(emmett.read)} (${emmett.read.events} events)`,
    );
  }
  const large = await readLargeInChild(largeFile);
  log(`  run ${run} large read: ${r(large.read)}, peak RSS ${large.peakRssMb.toFixed(0)} MB`);
  return { gongkai, emmett, large };
};

const rowsOf = (runs: RunFigures[]): Row[] => {
  const m = (pick: (run: RunFigures) => number | undefined): number | undefined => {
    const values = runs.map(pick).filter((value): value is number => value !== undefined);
    return values.length === 0 ? undefined : median(values);
  };
  const single = m((r) => r.gongkai.single.perSecond)!;
  const emmettSingle = m((r) => r.emmett?.single.perSecond);
  const rows: Row[] = [
    {
      figure: 'single-event appends/s',
      value: single,
      unit: 'rate',
      target: 15_000,
      kind: 'min',
      emmett: emmettSingle,
      perCpuSecond: m((r) => r.gongkai.single.perCpuSecond),
    },
    {
      figure: 'events/s, appends of 100',
      value: m((r) => r.gongkai.batch.perSecond)!,
      unit: 'rate',
      target: 100_000,
      kind: 'min',
      emmett: m((r) => r.emmett?.batch.perSecond),
      perCpuSecond: m((r) => r.gongkai.batch.perCpuSecond),
    },
    {
      figure: 'events/s, read all (data parsed)',
      value: m((r) => r.gongkai.read.perSecond)!,
      unit: 'rate',
      target: 200_000,
      kind: 'min',
      emmett: m((r) => r.emmett?.read.perSecond),
      perCpuSecond: m((r) => r.gongkai.read.perCpuSecond),
    },
    {
      figure: `peak RSS reading ${num(args.large).toLocaleString('en-US')} events`,
      value: m((r) => r.large.peakRssMb)!,
      unit: 'MB',
      target: 200,
      kind: 'max',
    },
  ];
  if (emmettSingle !== undefined) {
    rows.push({
      figure: 'single-event appends vs Emmett',
      value: single / emmettSingle,
      unit: 'ratio',
      target: 20,
      kind: 'min',
    });
  }
  return rows;
};

const main = async (): Promise<void> => {
  if (args.help) return void console.log(HELP);
  if (args.child !== undefined) return void console.log(JSON.stringify(await readLarge(args.child)));

  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-event-store-'));
  try {
    log(
      `Event-store benchmark: ${cpus().length} CPUs, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const largeFile = join(dir, 'large.db');
    const filled = await populate(largeFile, num(args.large));
    log(
      `  ${filled.events.toLocaleString('en-US')} events for the RSS read appended at ${k(filled.perSecond)}`,
    );
    const runs: RunFigures[] = [];
    for (let run = 1; run <= num(args.runs); run++) runs.push(await runOnce(dir, run, largeFile));
    console.log(
      `\nSQLite event store (better-sqlite3, WAL, synchronous=NORMAL), median of ${runs.length} run(s); ` +
        `load average now ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs\n`,
    );
    console.log(table(rowsOf(runs)));
    console.log(
      '\nresult compares the wall-clock median with the target. "per CPU-second" divides by the CPU time the' +
        '\nbenchmark process used instead: the rate with a core to itself, when others load the machine.',
    );
    console.log(
      `\n1M-event read in the RSS child: ${k(median(runs.map((r) => r.large.read.perSecond)))} ` +
        `(baseline RSS ${median(runs.map((r) => r.large.baselineRssMb)).toFixed(0)} MB before opening the store)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

await main();
