/**
 * Benchmark runner: `pnpm bench [name...] [-- options]`.
 *
 * Each benchmark is a `test/bench/<file>.bench.ts` script run in a process of its own (with the
 * arguments after its name), so one benchmark's heap never skews the next. Register a benchmark in
 * BENCHMARKS to give it a name and a description and to run it by default; any other `*.bench.ts`
 * file here can still be run by its kebab-cased file name.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Benchmark {
  file: string;
  description: string;
}

const BENCHMARKS: Record<string, Benchmark> = {
  'event-store': {
    file: 'eventStore.bench.ts',
    description:
      'SQLite EventStore: appends (single, batches of 100), read-all, RSS over 1M events, vs Emmett',
  },
  projections: {
    file: 'projections.bench.ts',
    description: 'Projection rebuild of 1M seeded events: events/s and peak RSS, with the read-only floor',
  },
  intake: {
    file: 'intake.bench.ts',
    description:
      'Kafka intake end to end: 200,000 envelopes over 100 tenants produced → stored → projected (needs KAFKA_BROKERS)',
  },
  'intake-core': {
    file: 'intakeCore.bench.ts',
    description:
      "The ingest's own CPU per message by stage without Kafka: the real Ingestor and write core on SQLite (no broker needed)",
  },
  'read-side': {
    file: 'readSide.bench.ts',
    description:
      'Rebuild of 1M events, then GraphQL countyView/provinceView vs { __typename } at 50 connections',
  },
  report: {
    file: 'report.bench.ts',
    description:
      'The August report (DOCX) of 15 pilots, 100,000 items, 1M events from the read models at the head',
  },
  'annual-report': {
    file: 'annualReport.bench.ts',
    description:
      'The province’s annual report (政府信息公开工作年度报告, DOCX) for a year and as of a day, from application read models of ~1M events: time and peak RSS',
  },
  'application-queue': {
    file: 'applicationQueue.bench.ts',
    description:
      'GraphQL applicationQueue (county, prefecture, province; live and as of a day) at 50 connections over the seed’s applications (--copies for more): p50/p99',
  },
  mongo: {
    file: 'mongo.bench.ts',
    description:
      'MongoDB read models vs SQLite: projection rebuild events/s and GraphQL countyView p50/p99 (needs MONGODB_URL)',
  },
  seed: {
    file: 'seed.bench.ts',
    description: 'gongkai seed through the write core: commands/s of the Heilongjiang seed and a scaled one',
  },
  startup: {
    file: 'startup.bench.ts',
    description: 'The CLI through tsx vs built: --help, report of the seed, api start-to-ready (median wall)',
  },
  mutation: {
    file: 'mutation.bench.ts',
    description:
      'GraphQL mutation (draftCatalogueItem, a new item each) on the embedded default at 50 clients, beside { __typename }',
  },
  'as-of': {
    file: 'asOf.bench.ts',
    description:
      'Rebuild of 1M events (history included), then countyView/provinceView/nationalRollup as of random dates and positions: p50/p99',
  },
  'cost-calibration': {
    file: 'costCalibration.bench.ts',
    description:
      "Each view resolver's CPU (live and asOf, medians of sequential calls) on the seed: the API cost table (-- --write writes it)",
  },
  national: {
    file: 'national.bench.ts',
    description:
      'Every county of the country a pilot (2,846 counties, 500 items each, ~10M events): store size, rebuild (1 and 2 shard processes), views and asOf p50/p99',
  },
  public: {
    file: 'public.bench.ts',
    description: 'Public pages: special-topic home and an item page at 50 connections (req/s, p99)',
  },
};

const HERE = dirname(fileURLToPath(import.meta.url));

const kebab = (file: string): string =>
  file.replace(/\.bench\.ts$/, '').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Registered benchmarks, then every other `*.bench.ts` file under its kebab-cased name. */
const available = (): Map<string, Benchmark> => {
  const all = new Map(Object.entries(BENCHMARKS));
  const registered = new Set(Object.values(BENCHMARKS).map((benchmark) => benchmark.file));
  for (const file of readdirSync(HERE)
    .filter((name) => name.endsWith('.bench.ts'))
    .sort()) {
    if (!registered.has(file)) all.set(kebab(file), { file, description: `(unregistered) ${file}` });
  }
  return all;
};

const help = (benchmarks: Map<string, Benchmark>): string =>
  [
    'Usage: pnpm bench [name...] [-- options for the benchmark]',
    '       pnpm bench <name> --help     options of one benchmark',
    '',
    'With no name, runs the registered benchmarks. Available:',
    ...[...benchmarks].map(([name, benchmark]) => `  ${name.padEnd(14)} ${benchmark.description}`),
  ].join('\n');

const runBenchmark = (benchmark: Benchmark, args: string[]): Promise<number> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, benchmark.file), ...args], {
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });

const main = async (): Promise<number> => {
  const argv = process.argv.slice(2).filter((arg) => arg !== '--');
  const benchmarks = available();
  const names = argv.filter((arg) => benchmarks.has(arg));
  const options = argv.filter((arg) => !benchmarks.has(arg));
  if (names.length === 0 && options.includes('--help')) {
    console.log(help(benchmarks));
    return 0;
  }
  const unknown = options.find((arg) => !arg.startsWith('-') && !/^\d+$/.test(arg));
  if (names.length === 0 && unknown !== undefined) {
    console.error(`Unknown benchmark "${unknown}".\n\n${help(benchmarks)}`);
    return 2;
  }
  for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
    console.error(`\n=== ${name} ===`);
    const code = await runBenchmark(benchmarks.get(name)!, options);
    if (code !== 0) return code;
  }
  return 0;
};

process.exitCode = await main();
