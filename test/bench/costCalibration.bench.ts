/**
 * Calibrates the API's cost table (packages/api/src/graphql/limits/costTable.json): the CPU time
 * each view field's resolver takes, live (no cache) and `asOf` random dates and positions, with the
 * response serialized, in cost units (1 unit = 50 µs of CPU).
 *
 * CPU, not wall time: each call runs alone (sequential, one in flight, after warm-up calls) and is
 * timed by `process.cpuUsage()` (user + system of the process, which does nothing else meanwhile),
 * and the cost is the median of many calls. A machine loaded by other processes stretches the wall
 * time several times but the CPU a call needs much less, so a loaded machine gives about the quiet
 * figure; the spread (p10–p90 of the CPU, the median wall time) is printed to show it.
 *
 * The tier views are measured over the Heilongjiang pilot seed; then the seed's applications
 * (依申请公开, `gongkai seed`'s step "applications") are added and the application fields measured,
 * `asOf` a date (read from the live documents, judged on that day) and `asOf` a position (a replay
 * of the tenant's application streams, whose work grows with the position: measured in the last
 * tenth of the log, since a client may ask the head) apart. A tier view's `asOf` cost is the larger of its
 * by-date and by-position medians (both read the history the same way).
 *
 * `pnpm bench cost-calibration` (a few minutes: it seeds a platform first) prints the table;
 * `-- --write` also writes it, with its provenance (command, date, load), into costTable.json;
 * `-- --applications` measures the application fields only (the tier views' rows are kept).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { heilongjiangMilestones, occurredOn, officialWorkingDayCalendar } from '@gongkai/domain';
import type { AsOf } from '@gongkai/projections';
import { ApplicationViewQueries, ReadModelViewQueries } from '@gongkai/projections';
import { DAOLI, directory, HARBIN, PROVINCE, startTestPlatform } from '@gongkai/projections/testing';
import { seedApplicationCommands } from '@gongkai/platform';
import { seededRandom } from '@gongkai/testkit';
import { seedCommandsForReadModelTests } from '../support/seedCommands';

const UNIT_MS = 0.05;
/** Calls per measurement: at least MIN_SAMPLES, then until SAMPLE_CPU_MS of CPU or MAX_SAMPLES. */
const WARM_UP = 3;
const MIN_SAMPLES = 11;
const MAX_SAMPLES = 201;
const SAMPLE_CPU_MS = 3_000;
const TABLE = fileURLToPath(new URL('../../packages/api/src/graphql/limits/costTable.json', import.meta.url));

if (process.argv.includes('--help')) {
  console.log(
    "pnpm bench cost-calibration [-- --write] [-- --applications]: measures the view resolvers' CPU on the seed and prints the cost table (--write: into packages/api/src/graphql/limits/costTable.json; --applications: the application fields only).",
  );
  process.exit(0);
}
const applicationsOnly = process.argv.includes('--applications');
const write = process.argv.includes('--write');
const loadAtStart = loadavg();
const loadText = (loads: number[]) => loads.map((load) => load.toFixed(1)).join(' ');

const platform = await startTestPlatform();
for (const envelope of seedCommandsForReadModelTests()) {
  // A refusal is an outcome (the seed's commands are all accepted); only a fault throws.
  await platform.core.handle(envelope);
}

/** The head, once projected, and every business date up to it. */
const settle = async (): Promise<{ head: number; dates: string[] }> => {
  const head = await platform.eventStore.headPosition();
  await platform.runner.waitFor(head);
  const dates = new Set<string>();
  for await (const event of platform.eventStore.readAll()) dates.add(occurredOn(event.metadata));
  return { head, dates: [...dates].sort() };
};

/** The same dates and positions in every run (mulberry32, restarted per measurement), so runs differ by the machine only. */
const SEED = 16;
let random = seededRandom(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const randomPosition = (head: number): AsOf => ({ position: Math.floor(random() * head) });
/** A replay's work grows with the position, and any client may ask the head: the last tenth of the log. */
const nearHead = (head: number): AsOf => ({ position: head - Math.floor((random() * head) / 10) });

// A fresh instance per call: the live-view cache must not answer.
const views = () =>
  new ReadModelViewQueries({
    readModelStore: platform.readModelStore,
    eventStore: platform.eventStore,
    directory,
    milestones: heilongjiangMilestones,
  });

type Read = (asOf: AsOf | undefined) => Promise<unknown>;

interface Measurement {
  /** CPU ms per call: p10, median, p90. */
  readonly cpu: readonly [number, number, number];
  /** Median wall ms per call. */
  readonly wall: number;
  readonly samples: number;
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

const measure = async (read: Read, asOf: () => AsOf | undefined): Promise<Measurement> => {
  random = seededRandom(SEED);
  for (let call = 0; call < WARM_UP; call++) JSON.stringify(await read(asOf()));
  const cpu: number[] = [];
  const wall: number[] = [];
  let spent = 0;
  while (cpu.length < MIN_SAMPLES || (spent < SAMPLE_CPU_MS && cpu.length < MAX_SAMPLES)) {
    const given = asOf();
    const started = performance.now();
    const before = process.cpuUsage();
    JSON.stringify(await read(given));
    const used = process.cpuUsage(before);
    wall.push(performance.now() - started);
    const ms = (used.user + used.system) / 1_000;
    cpu.push(ms);
    spent += ms;
  }
  cpu.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);
  return {
    cpu: [quantile(cpu, 0.1), quantile(cpu, 0.5), quantile(cpu, 0.9)],
    wall: quantile(wall, 0.5),
    samples: cpu.length,
  };
};

const units = (ms: number) => Math.max(1, Math.ceil(ms / UNIT_MS));
const shown = ({ cpu: [p10, p50, p90], wall, samples }: Measurement) =>
  `${p50.toFixed(2)} (${p10.toFixed(2)}–${p90.toFixed(2)}; wall ${wall.toFixed(2)}; n ${samples})`;

interface FieldRow {
  cost: number;
  asOf?: number;
  asOfPosition?: number;
}
interface Provenance {
  command: string;
  date: string;
  /** The 1, 5 and 15-minute load averages at the start and at the end of the run. */
  loadAverage: string;
  cpus: number;
  node: string;
  events: number;
  method: string;
}
interface CostTableFile {
  unitMs: number;
  provenance: Record<string, Provenance>;
  fields: Record<string, FieldRow>;
}

const table = JSON.parse(readFileSync(TABLE, 'utf8')) as CostTableFile;
const provenance = (events: number): Provenance => ({
  command: `pnpm bench cost-calibration${write || applicationsOnly ? ' --' : ''}${write ? ' --write' : ''}${applicationsOnly ? ' --applications' : ''}`,
  date: `${new Date().toISOString().slice(0, 16)}Z`,
  loadAverage: `${loadText(loadAtStart)} at the start, ${loadText(loadavg())} at the end`,
  cpus: cpus().length,
  node: process.version,
  events,
  method: `median CPU (process.cpuUsage) of ${MIN_SAMPLES}–${MAX_SAMPLES} sequential calls after ${WARM_UP} warm-up calls, response serialized`,
});

const pilot = await settle();
const tierFields: Record<string, Read> = {
  'Query.countyView': (asOf) => views().countyView(DAOLI, asOf),
  'Query.prefectureView': (asOf) => views().prefectureView(HARBIN, asOf),
  'Query.provinceView': (asOf) => views().provinceView(PROVINCE, asOf),
  'Query.nationalRollup': (asOf) => views().nationalRollup(asOf),
  'Query.milestones': (asOf) => views().milestones(PROVINCE, asOf),
  'Query.catalogueItem': (asOf) => views().catalogueItem(DAOLI, 'compulsory-education-01', asOf),
};
console.log(
  `pilot seed: ${pilot.head} events; CPU ms per call: median (p10–p90; median wall ms; calls), 1 unit = ${UNIT_MS} ms of CPU; load average ${loadText(loadAtStart)}`,
);
console.log('| field | live | asOf date | asOf position | cost | asOf cost |');
for (const [field, read] of Object.entries(applicationsOnly ? {} : tierFields)) {
  const live = await measure(read, () => undefined);
  const byDate = await measure(read, () => ({ date: pick(pilot.dates) }));
  const byPosition = await measure(read, () => randomPosition(pilot.head));
  const row = { cost: units(live.cpu[1]), asOf: units(Math.max(byDate.cpu[1], byPosition.cpu[1])) };
  table.fields[field] = row;
  console.log(
    `| ${field} | ${shown(live)} | ${shown(byDate)} | ${shown(byPosition)} | ${row.cost} | ${row.asOf} |`,
  );
}
if (!applicationsOnly) table.provenance['views'] = provenance(pilot.head);

const applicationCommands = [...seedApplicationCommands()];
for (let from = 0; from < applicationCommands.length; from += 500)
  await platform.core.handleBatch(applicationCommands.slice(from, from + 500));
const withApplications = await settle();
const application = applicationCommands.find((envelope) => envelope.actor.tenant === DAOLI)!.command.data as {
  applicationId: string;
};
const applications = new ApplicationViewQueries({
  readModelStore: platform.readModelStore,
  eventStore: platform.eventStore,
  directory,
  calendar: officialWorkingDayCalendar,
});
const applicationDates = withApplications.dates.filter(
  (date) => date >= '2017-01-01' && date <= '2021-12-31',
);
/** The annual figures as of a day are those of the day's year. */
const yearOf = (asOf: AsOf | undefined): number =>
  asOf?.date === undefined ? 2021 : Number(asOf.date.slice(0, 4));
// The province's queue and figures: the most a tenant's can read.
const applicationFields: Record<string, Read> = {
  'Query.applicationQueue': (asOf) => applications.queue(PROVINCE, asOf),
  'Query.application': (asOf) => applications.application(DAOLI, application.applicationId, DAOLI, asOf),
  'Query.annualReportFigures': (asOf) => applications.annualFigures(PROVINCE, yearOf(asOf), asOf),
};
console.log(
  `\nwith the seed's applications: ${withApplications.head} events (${applicationCommands.length} application commands)`,
);
console.log('| field | live | asOf date | asOf position | cost | asOf date cost | asOf position cost |');
for (const [field, read] of Object.entries(applicationFields)) {
  const live = await measure(read, () => undefined);
  const byDate = await measure(read, () => ({ date: pick(applicationDates) }));
  const byPosition = await measure(read, () => nearHead(withApplications.head));
  const row = {
    cost: units(live.cpu[1]),
    asOf: units(byDate.cpu[1]),
    asOfPosition: units(byPosition.cpu[1]),
  };
  table.fields[field] = row;
  console.log(
    `| ${field} | ${shown(live)} | ${shown(byDate)} | ${shown(byPosition)} | ${row.cost} | ${row.asOf} | ${row.asOfPosition} |`,
  );
}
table.provenance['applications'] = provenance(withApplications.head);
await platform.close();

// packages/api/README.md lists the table (costTable.int.spec.ts checks it): its rows.
const figure = (units?: number) => (units === undefined ? '—' : units.toLocaleString('en-US'));
const rows = Object.entries({ ...table.fields, 'Query.assessment': table.fields['Query.provinceView']! });
console.log('\nthe README rows:');
for (const [field, row] of rows)
  console.log(
    `| \`${field.slice('Query.'.length)}\` | ${figure(row.cost)} | ${figure(row.asOf)} | ${figure(row.asOfPosition ?? row.asOf)} |`,
  );

if (write) {
  writeFileSync(TABLE, `${JSON.stringify(table, null, 2)}\n`);
  console.log(`\nwritten to ${TABLE}`);
}
