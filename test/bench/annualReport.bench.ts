/**
 * Annual report benchmark: the province's annual report on open government information
 * (政府信息公开工作年度报告) for one year, every county rolled up, from the application read models
 * holding about `--events` application events. Prints the time and the peak RSS of the compile.
 *
 *   pnpm bench annual-report [--events 1000000] [--year 2021] [--as-of 2021-06-30] [--rounds 3] [--rebuild]
 *
 * The read models are built once into .cache/bench/annual-report/ (`applicationDataset.ts`: the
 * seeded demo applications of the 15 pilot counties, copied until the event count is reached). Each
 * round compiles in a fresh child process.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApplicationReadModels } from './applicationDataset';
import { CACHE } from './readSideDataset';

const HELP = `Annual report benchmark: the province's annual report (政府信息公开工作年度报告) over ~1M application events.

Usage: pnpm bench annual-report [options]

  --events <n>   application events in the read models (default 1000000)
  --year <y>     the report year (default 2021: the 2021 format)
  --as-of <day>  also the report as of this day of the year (default: the year's 30 June)
  --rounds <n>   compilations, each in a fresh child process (default 3)
  --rebuild      build the read models again
  --help         this text

Targets: the province's report (figures of every county, layout, DOCX) in < 3 s with peak RSS < 500 MB.`;

const TARGET_MS = 3_000;
const TARGET_RSS_MB = 500;
/** Bump when the applications projector's documents change: the cached read models are rebuilt. */
const DATASET_VERSION = 'v3';
const PROVINCE = '230000';
const SCRIPT = fileURLToPath(import.meta.url);

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    year: { type: 'string', default: '2021' },
    'as-of': { type: 'string' },
    rounds: { type: 'string', default: '3' },
    rebuild: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
    child: { type: 'boolean', default: false },
    target: { type: 'string' },
  },
  allowPositionals: true,
});

const log = (line: string): void => void process.stderr.write(`${line}\n`);

interface Figures {
  compileMs: number;
  docxMs: number;
  maxRssMb: number;
  format: string;
  counties: number;
  newThisYear: number;
  docxBytes: number;
}

const compileInChild = async (target: string, year: number, asOf: string | undefined): Promise<Figures> => {
  const domain = await import('@gongkai/domain');
  const projections = await import('@gongkai/projections');
  const { openSqliteEventStore } = await import('@gongkai/event-store');
  const { compileAnnualReport } = await import('@gongkai/report');
  const directory = domain.createTenantDirectory(domain.heilongjiangSeed);
  const readModelStore = await projections.createSqliteReadModelStore({ path: target });
  const eventStore = openSqliteEventStore({ fileName: ':memory:' });
  const source = new projections.ApplicationViewQueries({
    readModelStore,
    eventStore,
    directory,
    calendar: domain.officialWorkingDayCalendar,
  });
  const started = performance.now();
  const report = await compileAnnualReport({
    source,
    directory,
    request: { unit: PROVINCE, year, ...(asOf === undefined ? {} : { asOf: { date: asOf } }) },
  });
  const compiled = performance.now();
  const docx = await report.render('docx');
  const done = performance.now();
  await readModelStore.close();
  await eventStore.close();
  return {
    compileMs: Math.round(compiled - started),
    docxMs: Math.round(done - started),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    format: report.format,
    counties: (JSON.parse((await report.render('json')).toString('utf8')) as { counties: unknown[] }).counties
      .length,
    newThisYear: report.figures.applications.rows[0]!.values.total,
    docxBytes: docx.length,
  };
};

const runChild = (target: string, year: number, asOf: string | undefined): Promise<Figures> =>
  new Promise((resolve, reject) => {
    const child = fork(
      SCRIPT,
      [
        '--child',
        '--target',
        target,
        '--year',
        String(year),
        ...(asOf === undefined ? [] : ['--as-of', asOf]),
      ],
      {
        execArgv: process.execArgv,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    let received: Figures | undefined;
    child.on('message', (message) => (received = message as Figures));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && received ? resolve(received) : reject(new Error(`the child exited with ${String(code)}`)),
    );
  });

const main = async (): Promise<void> => {
  const year = Number(values.year);
  if (values.child) {
    process.send!(await compileInChild(values.target!, year, values['as-of']));
    return;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const events = Number(values.events);
  const folder = join(CACHE, 'annual-report', `${events}-${DATASET_VERSION}`);
  const target = join(folder, 'read-models.sqlite');
  if (values.rebuild || !existsSync(target)) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    log(`building the application read models (${events.toLocaleString('en')} events) in ${folder}`);
    const built = await buildApplicationReadModels(target, { events });
    log(
      `built: ${built.events.toLocaleString('en')} events, ${built.applications.toLocaleString('en')} applications`,
    );
  }
  const rounds = Number(values.rounds);
  const asOf = values['as-of'] ?? `${year}-06-30`;
  for (const day of [undefined, asOf]) {
    const label = day === undefined ? `for ${year}` : `for ${year} as of ${day}`;
    const results: Figures[] = [];
    for (let round = 1; round <= rounds; round++) {
      const figures = await runChild(target, year, day);
      results.push(figures);
      log(
        `${label}, round ${round}: compile ${figures.compileMs} ms, with DOCX ${figures.docxMs} ms, peak RSS ${figures.maxRssMb} MB (${figures.format}, ${figures.counties} counties, ${figures.newThisYear} new applications)`,
      );
    }
    const best = Math.min(...results.map((figures) => figures.docxMs));
    const rss = Math.max(...results.map((figures) => figures.maxRssMb));
    const ok = best < TARGET_MS && rss < TARGET_RSS_MB;
    process.stdout.write(
      `annual report of ${PROVINCE} ${label}: best ${best} ms (target < ${TARGET_MS} ms), peak RSS ${rss} MB (target < ${TARGET_RSS_MB} MB): ${ok ? 'PASS' : 'MISS'}\n`,
    );
  }
};

await main();
