/**
 * The rebuild half of the read-side benchmark: rebuilds every projection from the cached event
 * store into a fresh read-model store, in a child process of its own (`rebuildInChild`), so its
 * peak RSS is the rebuild's alone. The settings are those of `projections.bench.ts` (read pages of
 * 4,096 events, units of work of 10,000), so the two benchmarks measure the same rebuild.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rebuildOnce, rssOf } from './rebuildOnce';

export interface RebuildResult {
  events: number;
  position: number;
  durationMs: number;
  eventsPerSecond: number;
  /** The larger of the child's own maxRSS and the RSS sampled from /proc every 50 ms. */
  peakRssMb: number;
  documents: Record<string, number>;
}

type ChildReport = Omit<RebuildResult, 'peakRssMb'> & { maxRssMb: number };

const SCRIPT = fileURLToPath(import.meta.url);
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

const runChild = async (source: string, target: string, batchSize: number): Promise<void> => {
  for (const suffix of ['', '-wal', '-shm', '.source.json']) rmSync(target + suffix, { force: true });
  const { cpuMs: _cpuMs, ...report } = await rebuildOnce(source, target, batchSize);
  process.send?.(report satisfies ChildReport);
};

/** What a rebuild's target was built from: the source file as it was (a regenerated seed differs). */
const sourceMarkerOf = (target: string): string => `${target}.source.json`;
const sourceIdentity = (source: string): string => {
  const { size, mtimeMs } = statSync(source);
  return JSON.stringify({ source, size, mtimeMs });
};

/** Whether `target` holds a finished rebuild of `source` as it is now (for `--skip-rebuild`). */
export const isRebuiltFrom = (target: string, source: string): boolean =>
  existsSync(target) &&
  existsSync(sourceMarkerOf(target)) &&
  readFileSync(sourceMarkerOf(target), 'utf8') === sourceIdentity(source);

/** Rebuilds `source` into `target` (replaced) in a child process; resolves with its figures. */
export const rebuildInChild = async (
  source: string,
  target: string,
  batchSize: number,
): Promise<RebuildResult> => {
  const child = fork(SCRIPT, ['--source', source, '--target', target, '--batch', String(batchSize)], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let sampled = 0;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, child.pid === undefined ? 0 : (rssOf(child.pid) ?? 0));
  }, 50);
  try {
    const report = await new Promise<ChildReport>((resolve, reject) => {
      let received: ChildReport | undefined;
      child.on('message', (message) => (received = message as ChildReport));
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code === 0 && received) resolve(received);
        else reject(new Error(`the rebuild child exited with ${String(code)}`));
      });
    });
    const { maxRssMb, ...figures } = report;
    writeFileSync(sourceMarkerOf(target), sourceIdentity(source));
    return { ...figures, peakRssMb: Math.max(maxRssMb, mb(sampled)) };
  } finally {
    clearInterval(sampler);
  }
};

if (process.argv[1] === SCRIPT && process.send !== undefined) {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, target: { type: 'string' }, batch: { type: 'string' } },
  });
  await runChild(values.source ?? '', values.target ?? '', Number(values.batch ?? 10_000));
}
