/**
 * The seed through the write core (`pnpm bench seed`): `gongkai seed` into a fresh data folder, as the
 * CLI runs it (the stack on SQLite files, `seedStack` through `stack.writeCore`), several times, each
 * into a new folder; then a scaled seed (more items) straight into a SQLite file through the same core.
 * Prints commands/s per run and the median, beside the domain's own floor measured in the same
 * process: the same commands parsed, authorized, decided and given event ids in memory, with no
 * store and no core (what the core cannot go below). Target: >= 20,000 commands/s.
 * On a shared machine a run's wall time is mostly its wait for a CPU: each run also prints how long
 * the main thread ran and how long it waited to run (Linux schedstat), and the rate it ran at.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DomainEvent } from '@gongkai/domain';

const HELP = `Usage: pnpm bench seed [-- options]

  --runs <n>     runs of the Heilongjiang seed, each into a fresh data folder (default 5)
  --items <n>    items of the scaled seed afterwards, 0 for none (default 20000, about 200,000 commands)

Target: >= 20,000 commands/s through the write core.`;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    items: { type: 'string', default: '20000' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const platform = await import('@gongkai/platform');
const { openSqliteEventStore } = await import('@gongkai/event-store');
const domain = await import('@gongkai/domain');
const { eventIdFor } = await import('@gongkai/command-handling');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rate = (commands: number, ms: number) => Math.round((commands / ms) * 1000);
const fmt = (n: number) => n.toLocaleString('en');

/** The seed's commands through the domain alone, streams kept as arrays in memory: commands/s. */
const domainFloor = (): number => {
  const envelopes = [...platform.heilongjiangSeedCommands()];
  const streams = new Map<string, DomainEvent[]>();
  const started = performance.now();
  for (const envelope of envelopes) {
    const command = domain.parseCommand(envelope.command);
    const context = {
      actor: envelope.actor,
      occurredAt: envelope.occurredAt,
      directory: platform.seedDirectory,
      calendar: domain.officialWorkingDayCalendar,
    };
    domain.authorize(command, context);
    const route = domain.routeCommand(command, platform.seedDirectory);
    const events = streams.get(route.streamId) ?? [];
    const consulted = Object.fromEntries(route.consults.map((id) => [id, streams.get(id) ?? []]));
    const decided = domain.decideAuthorizedCommand(command, events, { ...context, consulted });
    decided.forEach((_, index) => eventIdFor(envelope.messageId, index));
    events.push(...decided);
    streams.set(route.streamId, events);
  }
  return rate(envelopes.length, performance.now() - started);
};

/**
 * Milliseconds the main thread has run, and waited for a CPU while it could run (Linux
 * /proc/self/schedstat): the wall time of a run is these two plus the time it was blocked (I/O).
 */
const mainThread = (): { onCpu: number; waiting: number } => {
  try {
    const [onCpu, waiting] = readFileSync('/proc/self/schedstat', 'utf8').split(' ').map(Number);
    return { onCpu: onCpu! / 1e6, waiting: waiting! / 1e6 };
  } catch {
    return { onCpu: Number.NaN, waiting: Number.NaN }; // not Linux
  }
};

const rates: number[] = [];
/** Commands per second of the main thread's own running time: what an idle core would give. */
const onCpuRates: number[] = [];
/** Commands per second of the process's CPU time (user + system): steadier than wall time on a shared machine. */
const cpuRates: number[] = [];
const floors: number[] = [];
for (let run = 1; run <= Number(args.runs); run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-bench-seed-'));
  try {
    const config = platform.loadConfig({ GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const stack = await platform.openStack(config);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const threadBefore = mainThread();
    const result = await platform.seedPlatform(stack.writeCore);
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const threadAfter = mainThread();
    const onCpuMs = threadAfter.onCpu - threadBefore.onCpu;
    const waitedMs = threadAfter.waiting - threadBefore.waiting;
    const cpuMs = (cpu.user + cpu.system) / 1000;
    await stack.close();
    if (result.rejected.length > 0) throw new Error(`the seed was refused ${result.rejected.length} times`);
    rates.push(rate(result.commands, ms));
    cpuRates.push(rate(result.commands, cpuMs));
    onCpuRates.push(rate(result.commands, onCpuMs));
    floors.push(domainFloor());
    console.log(
      `seed run ${run}: ${fmt(result.commands)} commands, ${fmt(result.events)} events in ${Math.round(ms)} ms = ${fmt(rates.at(-1)!)} commands/s; process CPU ${Math.round(cpuMs)} ms = ${fmt(cpuRates.at(-1)!)} commands per CPU-second; main thread on a CPU ${Math.round(onCpuMs)} ms = ${fmt(onCpuRates.at(-1)!)} commands/s, waiting for one ${Math.round(waitedMs)} ms, blocked ${Math.max(0, Math.round(ms - onCpuMs - waitedMs))} ms (the domain alone: ${fmt(floors.at(-1)!)} commands/s)`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
console.log(
  `seed (Heilongjiang, gongkai seed through the write core): median ${fmt(median(rates))} commands/s (target >= 20,000), ${fmt(median(cpuRates))} commands per CPU-second, ${fmt(median(onCpuRates))} commands per second the main thread ran (what an idle core gives); the domain alone: median ${fmt(median(floors))} commands/s; load average ${loadavg()[0]!.toFixed(2)}`,
);

const items = Number(args.items);
if (items > 0) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-bench-seed-'));
  try {
    const store = openSqliteEventStore({ fileName: join(dataDir, 'events.sqlite') });
    const started = performance.now();
    const result = await platform.seedEventStore(store, { scale: { itemsTarget: items } });
    const ms = performance.now() - started;
    await store.close();
    console.log(
      `seed scaled to ${fmt(items)} items: ${fmt(result.commands)} commands, ${fmt(result.events)} events in ${Math.round(ms)} ms = ${fmt(rate(result.commands, ms))} commands/s`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
