/**
 * Report benchmark: compile the August report (国家级试点工作总体报告) of a province with 15 pilot
 * units, 100,000 catalogue items and 1M events, from the read models at the head, and write it as
 * DOCX (then HTML, Markdown, JSON). Prints the time and the peak RSS of the compiling process.
 *
 *   pnpm bench report [--items 100000] [--events 1000000] [--rounds 3] [--rebuild]
 *
 * The event store is the cached scaled seed (.cache/bench/, generated once, about 5 minutes). The
 * read models at its head are rebuilt once into .cache/bench/report/ and kept while every projector's
 * checkpoint is at the head (--rebuild forces it). Each round compiles in a fresh child process, so
 * its time and RSS are the compile's alone (the RSS includes Node and tsx).
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rssOf } from './rebuildOnce';
import { CACHE, seedEventStore } from './readSideDataset';
import { rebuildInChild } from './readSideRebuild';

const HELP = `Report benchmark: the August report over the scaled seed, from the read models at the head.

Usage: pnpm bench report [options]

  --items <n>    catalogue items of the scaled seed (default 100000)
  --events <n>   events of the scaled seed (default 1000000)
  --rounds <n>   compilations, each in a fresh child process (default 3)
  --rebuild      rebuild the cached read models even when they are at the head
  --help         this text

Targets: compile the August report (views, assessment, layout, DOCX) in < 3 s with peak RSS < 500 MB.`;

const TARGET_MS = 3_000;
const TARGET_RSS_MB = 500;
const SCRIPT = fileURLToPath(import.meta.url);
const PROVINCE = '230000';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    events: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '3' },
    rebuild: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
    child: { type: 'boolean', default: false },
    source: { type: 'string' },
    target: { type: 'string' },
  },
  allowPositionals: true,
});

interface CompileFigures {
  /** Reading the views and composing (compileReport). */
  compileMs: number;
  /** compileReport plus the DOCX: the figure the target is about. */
  docxMs: number;
  /** CPU time (user + system) of the same: what the machine's load does not inflate. */
  docxCpuMs: number;
  /** Each other format after that. */
  otherFormatsMs: Record<string, number>;
  position: number;
  date: string;
  units: number;
  items: number;
  docxBytes: number;
  contentHash: string;
  maxRssMb: number;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** In the child: open the stores, compile at the head, render every format. */
const compileInChild = async (source: string, target: string): Promise<CompileFigures> => {
  const { openSqliteEventStore } = await import('@gongkai/event-store');
  const { createTenantDirectory, heilongjiangMilestones, heilongjiangSeed } = await import('@gongkai/domain');
  const { ReadModelViewQueries, createSqliteReadModelStore } = await import('@gongkai/projections');
  const { compileReport } = await import('@gongkai/report');
  const eventStore = openSqliteEventStore({ fileName: source });
  const readModelStore = await createSqliteReadModelStore({ path: target });
  const views = new ReadModelViewQueries({
    readModelStore,
    eventStore,
    directory: createTenantDirectory(heilongjiangSeed),
    milestones: heilongjiangMilestones,
  });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await compileReport({ readSide: views, request: { kind: 'august', province: PROVINCE } });
  const compiled = performance.now();
  const docx = await report.render('docx');
  const docxDone = performance.now();
  const { user, system } = process.cpuUsage(cpu);
  const otherFormatsMs: Record<string, number> = {};
  for (const format of ['html', 'md', 'json'] as const) {
    const from = performance.now();
    await report.render(format);
    otherFormatsMs[format] = Math.round(performance.now() - from);
  }
  await readModelStore.close();
  await eventStore.close();
  return {
    compileMs: Math.round(compiled - started),
    docxMs: Math.round(docxDone - started),
    docxCpuMs: Math.round((user + system) / 1000),
    otherFormatsMs,
    position: report.position,
    date: report.date,
    units: report.figures.units.length,
    items: report.figures.scope?.totals.catalogue.itemsTotal ?? 0,
    docxBytes: docx.length,
    contentHash: report.contentHash,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
};

const runChild = (source: string, target: string): Promise<CompileFigures & { sampledRssMb: number }> =>
  new Promise((resolve, reject) => {
    const child = fork(SCRIPT, ['--child', '--source', source, '--target', target], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let sampled = 0;
    const sampler = setInterval(() => {
      sampled = Math.max(sampled, child.pid === undefined ? 0 : (rssOf(child.pid) ?? 0));
    }, 20);
    let received: CompileFigures | undefined;
    child.on('message', (message) => (received = message as CompileFigures));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code === 0 && received) resolve({ ...received, sampledRssMb: mb(sampled) });
      else reject(new Error(`the compiling child exited with ${String(code)}`));
    });
  });

/** The cached read models, rebuilt unless every projector's checkpoint is at the event store's head. */
const readModelsAtHead = async (source: string, force: boolean): Promise<string> => {
  const directory = join(CACHE, 'report');
  mkdirSync(directory, { recursive: true });
  const target = join(directory, 'read-models.sqlite');
  if (!force && existsSync(target)) {
    const { openSqliteEventStore } = await import('@gongkai/event-store');
    const { createTenantDirectory, heilongjiangSeed } = await import('@gongkai/domain');
    const { createProjectors, createSqliteReadModelStore, projectionContextFor } =
      await import('@gongkai/projections');
    const eventStore = openSqliteEventStore({ fileName: source });
    const store = await createSqliteReadModelStore({ path: target });
    const head = await eventStore.headPosition();
    const projectors = createProjectors(projectionContextFor(createTenantDirectory(heilongjiangSeed)));
    const checkpoints = await Promise.all(projectors.map((projector) => store.getCheckpoint(projector.name)));
    await store.close();
    await eventStore.close();
    if (checkpoints.every((checkpoint) => checkpoint === head)) return target;
  }
  log(`rebuilding the read models at the head into ${target}`);
  const rebuilt = await rebuildInChild(source, target, 10_000);
  log(`  ${rebuilt.events.toLocaleString('en')} events in ${(rebuilt.durationMs / 1000).toFixed(1)} s`);
  return target;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const verdict = (pass: boolean): string => (pass ? 'PASS' : 'MISS');

const main = async (): Promise<void> => {
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (values.child) {
    process.send?.(await compileInChild(values.source ?? '', values.target ?? ''));
    return;
  }
  const { file: source } = await seedEventStore(
    { items: Number(values.items), events: Number(values.events) },
    log,
  );
  const target = await readModelsAtHead(source, values.rebuild);
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  const rounds: (CompileFigures & { sampledRssMb: number })[] = [];
  for (let round = 0; round < Number(values.rounds); round++) rounds.push(await runChild(source, target));
  const first = rounds[0]!;
  const docxMs = median(rounds.map((round) => round.docxMs));
  const rssMb = Math.max(...rounds.map((round) => Math.max(round.maxRssMb, round.sampledRssMb)));
  const lines = [
    `report: the August report of ${PROVINCE} at position ${first.position.toLocaleString('en')} (as of ${first.date}): ${first.units} national pilots of the province's pilots, ${first.items.toLocaleString('en')} of their items; ${rounds.length} rounds, ${cpus().length} CPUs, load ${load} at start`,
    `  rounds      compile ${rounds.map((round) => round.compileMs).join(' / ')} ms, with DOCX ${rounds.map((round) => round.docxMs).join(' / ')} ms (CPU ${rounds.map((round) => round.docxCpuMs).join(' / ')} ms); then HTML/MD/JSON ${JSON.stringify(first.otherFormatsMs)} ms; DOCX ${first.docxBytes.toLocaleString('en')} bytes`,
    `  same report every round: ${rounds.every((round) => round.contentHash === first.contentHash) ? 'yes' : 'NO'} (${first.contentHash.slice(0, 16)}…)`,
    `  time        target < ${TARGET_MS} ms      figure ${docxMs} ms (median, compile + DOCX)   ${verdict(docxMs < TARGET_MS)}`,
    `  peak RSS    target < ${TARGET_RSS_MB} MB      figure ${rssMb} MB (largest of maxRSS and /proc samples)   ${verdict(rssMb < TARGET_RSS_MB)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
};

await main();
