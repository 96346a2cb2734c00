/**
 * End-to-end benchmark of the intake through the real Kafka broker: 200,000 envelopes over 100
 * tenants, produced at a steady rate into the intake topic, decided and stored by a `gongkai ingest`
 * process, projected by a `gongkai project` process. Prints events/s from the first produce to the
 * last event visible in the read models, p50/p99 latency from produce to visible, the peak RSS
 * of the ingest process and its CPU per message by stage. The latency is cut at the moment the
 * event store recorded each event: produce → stored and stored → visible. Prints progress every 5 s, and fails
 * with the phase it was in and what it saw when its time limit runs out.
 *
 *   pnpm infra:up
 *   KAFKA_BROKERS=127.0.0.1:9092 pnpm bench intake [-- --envelopes 200000 --tenants 100 --rate 10000]
 *
 * Visible means: every projector's checkpoint has reached the position the message's outcome gives.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { IntakeEnvelope, IntakeOutcome } from '@gongkai/ingest';
import { createKafkaBus, kafkaBrokersFrom } from '@gongkai/messaging';
import { temporaryDirectory } from '@gongkai/testkit';
import { benchmarkDirectory, ENVELOPES_PER_ITEM, itemLoad, pilotSetUp } from '../support/intakeLoad';
import { prepareIntakeRun } from '../support/intakeRun';
import type { RoleProcess } from '../support/roleProcess';
import { startRole } from '../support/roleProcess';

const TARGET_EVENTS_PER_SECOND = 10_000;
const TARGET_P99_MS = 250;
/** The p99 target holds at this offered rate (a rate the stack sustains), not at full speed. */
const P99_TARGET_RATE = 3_000;
const TARGET_INGEST_CPU_MICROS = 60;
const PROVINCE = '230000';
const KAFKA_CACHE = resolve(dirname(fileURLToPath(import.meta.url)), '../../.cache/kafka');

const HELP = `Intake benchmark through the real Kafka broker (needs KAFKA_BROKERS; start one with pnpm infra:up).

Usage: KAFKA_BROKERS=127.0.0.1:9092 pnpm bench intake [-- options]

  --envelopes <n>   envelopes to send, one event each (default 200000)
  --tenants <n>     counties sending (default 100)
  --rate <n>        envelopes produced per second; 0: as fast as the producer goes (default 10000)
  --partitions <n>  partitions of the intake topic (default 8)
  --ingestors <n>   gongkai ingest processes sharing the partitions (default 1)
  --profile <dir>   write CPU profiles of the ingest and project processes there
  --time-limit <s>  give up (exit 1, saying where it stood) after this many seconds (default 900)
  --help            this text

Targets: >= ${TARGET_EVENTS_PER_SECOND.toLocaleString('en')} events/s end to end; p99 < ${TARGET_P99_MS} ms from produce to visible
at --rate ${P99_TARGET_RATE}; ingest CPU <= ${TARGET_INGEST_CPU_MICROS} µs a message.`;

const { values: args } = parseArgs({
  options: {
    envelopes: { type: 'string', default: '200000' },
    tenants: { type: 'string', default: '100' },
    rate: { type: 'string', default: '10000' },
    partitions: { type: 'string', default: '8' },
    profile: { type: 'string' },
    ingestors: { type: 'string', default: '1' },
    'time-limit': { type: 'string', default: '900' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const brokers = kafkaBrokersFrom(process.env);
if (!brokers) {
  console.error(`KAFKA_BROKERS is not set.\n\n${HELP}`);
  process.exit(1);
}
const ENVELOPES = Number(args.envelopes);
const TENANTS = Number(args.tenants);
const RATE = Number(args.rate);
const PARTITIONS = Number(args.partitions);
const INGESTORS = Number(args.ingestors);
const TIME_LIMIT_S = Number(args['time-limit']);
for (const [name, value] of Object.entries({ ENVELOPES, TENANTS, RATE, PARTITIONS, INGESTORS, TIME_LIMIT_S }))
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name.toLowerCase()} must be a whole number, got ${value}.\n\n${HELP}`);
    process.exit(2);
  }

/** What the run is doing and how far it got: printed every 5 s, and in the failure at the time limit. */
const status = { phase: 'starting the roles', detail: () => '' };
const benchStarted = Date.now();
const say = (line: string) =>
  console.log(`[${((Date.now() - benchStarted) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** User + system CPU seconds a process has used so far (Linux /proc). */
const cpuSecondsOf = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** Seconds a process's main thread has waited for a CPU while runnable (Linux /proc schedstat). */
const runQueueSecondsOf = (pid: number): number =>
  Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;

/** The broker kafka.sh started for this port, if it runs here. */
const brokerPid = (port: string): number | undefined => {
  for (const version of existsSync(KAFKA_CACHE) ? readdirSync(KAFKA_CACHE) : []) {
    const file = join(KAFKA_CACHE, version, `run-${port}`, 'kafka.pid');
    if (existsSync(file)) return Number(readFileSync(file, 'utf8').trim());
  }
  return undefined;
};

const peakRssMb = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
  return hwm ? Math.round(Number(hwm[1]) / 1024) : Number.NaN;
};

/** The time each event was stored (the store's recorded_at, ms since the epoch) by its position. */
const storedTimes = (path: string): Map<number, number> => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT position, recorded_at FROM events').raw(true).all() as [number, number][];
    return new Map(rows);
  } finally {
    db.close();
  }
};

/** Each accepted message's produce → stored and stored → visible, sorted (ms). */
const latencyCut = (
  recordedAt: ReadonlyMap<number, number>,
  messages: readonly { producedAt: number; outcome: IntakeOutcome }[],
  visibleAt: (position: number) => number,
): { toStored: number[]; toVisible: number[] } => {
  const toStored: number[] = [];
  const toVisible: number[] = [];
  for (const { producedAt, outcome } of messages) {
    const stored = outcome.status === 'accepted' ? recordedAt.get(outcome.position) : undefined;
    if (stored === undefined || outcome.status !== 'accepted') continue;
    toStored.push(stored - producedAt);
    toVisible.push(visibleAt(outcome.position) - stored);
  }
  return { toStored: toStored.sort((a, b) => a - b), toVisible: toVisible.sort((a, b) => a - b) };
};

const STAGES = ['read', 'verify', 'decide', 'encode'] as const;
const WAITS = ['queue', 'publish'] as const;

/** The ingest process's own figures from its /metrics: stage seconds and messages handled. */
const ingestFigures = async (url: string | undefined) => {
  const figures = {
    messages: 0,
    batches: 0,
    stages: Object.fromEntries([...STAGES, ...WAITS].map((stage) => [stage, 0])),
  };
  if (url === undefined) return figures;
  const text = await (await fetch(`${url}/metrics`)).text();
  for (const [, stage, value] of text.matchAll(
    /^gongkai_intake_(?:stage_cpu|wait)_seconds_total\{(?:stage|wait)="(\w+)"\} (\S+)$/gm,
  ))
    figures.stages[stage!] = Number(value);
  for (const [, value] of text.matchAll(/^gongkai_intake_messages_total\{status="\w+"\} (\S+)$/gm))
    figures.messages += Number(value);
  figures.batches = Number(/^gongkai_intake_batches_total (\S+)$/m.exec(text)?.[1] ?? 0);
  return figures;
};

/** The p99 target is judged at the offered rate it is set for, not at full speed. */
const p99Verdict = (p99: number): string => {
  if (RATE > 0 && RATE <= P99_TARGET_RATE) return p99 < TARGET_P99_MS ? 'PASS' : 'MISS';
  return `n/a at ${RATE > 0 ? `${RATE}/s` : 'full speed'}`;
};

type IngestFigures = Awaited<ReturnType<typeof ingestFigures>>;

/** The ingest CPU per message of each stage, the rest, and the waits. */
const printStages = (
  stagesBefore: readonly IngestFigures[],
  stagesAfter: readonly IngestFigures[],
  handled: number,
  ingestMicros: number,
): void => {
  const perMessage = (stage: string) => {
    const seconds = stagesAfter.reduce(
      (sum, after, n) => sum + after.stages[stage]! - stagesBefore[n]!.stages[stage]!,
      0,
    );
    return Number(((seconds * 1e6) / handled).toFixed(1));
  };
  const stageMicros = Object.fromEntries(STAGES.map((stage) => [stage, perMessage(stage)]));
  const onStages = Object.values(stageMicros).reduce((sum, micros) => sum + micros, 0);
  console.log(
    'ingest CPU per message by stage, µs (process CPU while the stage ran, summed over the ingestors):',
  );
  console.table({
    ...Object.fromEntries(
      Object.entries(stageMicros).map(([stage, micros]) => [stage, { 'µs/message': micros }]),
    ),
    'other: kafkajs fetch and produce, GC, probes (process CPU − the stages)': {
      'µs/message': Number((ingestMicros - onStages).toFixed(1)),
    },
  });
  console.log(
    '  read: size check, UTF-8 + JSON.parse, envelope check, payload schema; verify: HMAC signature,',
  );
  console.log(
    '  tenant coverage, Kafka key; decide: load, authorize, decide, append (the write core); encode: outcomes to JSON.',
  );
  const batches = stagesAfter.reduce((sum, after, n) => sum + after.batches - stagesBefore[n]!.batches, 0);
  console.log(
    `  partition batches: ${batches}, ${(handled / Math.max(1, batches)).toFixed(0)} messages each on average (per-batch costs: fetch, outcome publish, offset commit)`,
  );
  console.log(
    `  waits per message (wall, µs): ${WAITS.map((wait) => `${wait} ${perMessage(wait)}`).join(', ')} (queue: for the write core's turn and its decision of the group of batches; publish: for the broker's acknowledgement)`,
  );
};

/** The role processes of the run, killed when it fails. */
const roles: RoleProcess[] = [];

/** Says where the run stood and what the roles wrote to stderr, kills them, exits 1. */
const fail = async (why: string): Promise<never> => {
  console.error(
    `\nFAILED after ${((Date.now() - benchStarted) / 1000).toFixed(0)} s while ${status.phase}: ${why}`,
  );
  const detail = status.detail();
  if (detail) console.error(`  progress: ${detail}`);
  for (const role of roles) {
    const tail = role.stderr().slice(-2000).trim();
    if (tail) console.error(`  stderr of pid ${role.child.pid}:\n${tail}`);
  }
  status.phase = 'stopping';
  await Promise.all(roles.map((role) => role.kill('SIGKILL')));
  process.exit(1);
};

/** The time limit and the progress line every 5 s; returns what stops both. */
const watchdog = (): (() => void) => {
  const limit = setTimeout(
    () => void fail(`the time limit of ${TIME_LIMIT_S} s ran out`),
    TIME_LIMIT_S * 1000,
  );
  const progress = setInterval(
    () => say(`${status.phase}${status.detail() ? `: ${status.detail()}` : ''}`),
    5000,
  );
  limit.unref();
  progress.unref();
  return () => {
    clearTimeout(limit);
    clearInterval(progress);
  };
};

const main = async () => {
  const stopWatchdog = watchdog();
  // Visibility is read from the project role's SQLite checkpoint: the roles must not inherit a
  // MONGODB_URL from this shell (CI exports one for the integration tests), or they project into
  // MongoDB and the SQLite file never appears.
  if (process.env.MONGODB_URL) {
    say('MONGODB_URL is set: ignored here, the roles project into SQLite in the run folder');
    delete process.env.MONGODB_URL;
  }
  const folder = temporaryDirectory('gongkai-bench-intake-');
  const directory = benchmarkDirectory(TENANTS);
  const tenantsFile = join(folder.path, 'tenants.json');
  writeFileSync(tenantsFile, JSON.stringify(directory.seed));
  const bus = createKafkaBus({ brokers, clientId: `bench-intake-${randomUUID()}` });
  const run = await prepareIntakeRun(bus, {
    brokers,
    dataDir: folder.path,
    province: PROVINCE,
    partitions: PARTITIONS,
  });
  const env = { ...run.env, GONGKAI_TENANTS_FILE: tenantsFile, LOG_LEVEL: 'warn' };
  const profiling = args.profile ? { profileDir: args.profile } : {};
  // Several ingestors share the intake's partitions through their consumer group.
  const ingestors = Array.from({ length: INGESTORS }, () =>
    startRole('ingest', { ...env, LOG_LEVEL: 'info' }, 'ingest started', profiling),
  );
  const project = startRole('project', { ...env, LOG_LEVEL: 'info' }, 'projection started', profiling);
  roles.push(...ingestors, project);
  for (const role of roles)
    void role.exited.then((code) => {
      if (status.phase !== 'stopping') void fail(`a role (pid ${role.child.pid}) exited with ${code}`);
    });
  try {
    await Promise.all([...ingestors.map((ingest) => ingest.ready), project.ready]);
    say(
      `roles started: ingest ${ingestors.map((ingest) => ingest.url()).join(', ')}, project ${project.url()}`,
    );
    const load = {
      tenants: directory.counties.slice(0, TENANTS),
      pilotLevelOf: directory.pilotLevelOf,
      province: PROVINCE,
      source: run.source.id,
      runId: randomUUID().slice(0, 8),
    };
    const watch = await run.outcomes();
    const setUp = pilotSetUp(load);
    status.phase = `registering ${TENANTS} pilots`;
    status.detail = () => `${watch.byMessage().size} of ${setUp.length} outcomes`;
    await run.publish(setUp);
    await watch.waitForAll(
      setUp.map((envelope) => envelope.messageId),
      120_000,
    );

    const envelopes = [...itemLoad(load, Math.ceil(ENVELOPES / ENVELOPES_PER_ITEM))].slice(0, ENVELOPES);
    const producedAt = new Map<string, number>();
    // The project role creates its read-model file when it first writes: wait for it, bounded.
    const readModelPath = join(folder.path, 'read-models.sqlite');
    for (let waited = 0; !existsSync(readModelPath); waited += 100) {
      if (waited > 60_000) throw new Error(`the project role made no ${readModelPath} within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const readModels = new Database(readModelPath, { readonly: true, fileMustExist: true });
    const checkpoint = readModels.prepare('SELECT min(position) AS position FROM meta_checkpoint').pluck();
    const visibility: { at: number; position: number }[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        visibility.push({
          at: performance.timeOrigin + performance.now(),
          position: Number(checkpoint.get() ?? 0),
        });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();

    console.log(
      `producing ${ENVELOPES.toLocaleString('en')} envelopes over ${TENANTS} tenants at ${RATE > 0 ? `${RATE.toLocaleString('en')}/s` : 'full speed'} …`,
    );
    const chunk = RATE > 0 ? Math.max(1, Math.round(RATE / 20)) : 2_000;
    const broker = brokerPid(brokers[0]!.split(':')[1]!);
    const cpu = () => ({
      ingest: ingestors.reduce((sum, ingest) => sum + cpuSecondsOf(ingest.child.pid!), 0),
      project: cpuSecondsOf(project.child.pid!),
      broker: broker === undefined ? Number.NaN : cpuSecondsOf(broker),
      producer: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
      ingestRunQueue: ingestors.reduce((sum, ingest) => sum + runQueueSecondsOf(ingest.child.pid!), 0),
    });
    const cpuBefore = cpu();
    const stagesBefore = await Promise.all(ingestors.map((ingest) => ingestFigures(ingest.url())));
    let sentSoFar = 0;
    status.phase = 'producing';
    status.detail = () =>
      `produced ${sentSoFar.toLocaleString('en')} of ${ENVELOPES.toLocaleString('en')}, outcomes ${(watch.byMessage().size - setUp.length).toLocaleString('en')}, visible position ${visibility.at(-1)?.position ?? 0}`;
    const started = performance.timeOrigin + performance.now();
    for (let sent = 0; sent < envelopes.length; sent += chunk) {
      if (RATE > 0) {
        const due = started + (sent / RATE) * 1000;
        const wait = due - (performance.timeOrigin + performance.now());
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      const slice = envelopes.slice(sent, sent + chunk);
      const now = performance.timeOrigin + performance.now();
      for (const envelope of slice) producedAt.set(envelope.messageId, now);
      await run.publish(slice, chunk);
      sentSoFar += slice.length;
    }
    status.phase = 'waiting for every outcome';
    const producedIn = (performance.timeOrigin + performance.now() - started) / 1000;
    const outcomes = await watch.waitForAll(
      envelopes.map((envelope) => envelope.messageId),
      900_000,
    );
    const storedIn = (performance.timeOrigin + performance.now() - started) / 1000;
    const cpuAfter = cpu();
    const stagesAfter = await Promise.all(ingestors.map((ingest) => ingestFigures(ingest.url())));
    status.phase = 'waiting until the read models show every event';
    let lastPosition = 0;
    for (const outcome of outcomes.values())
      if (outcome.status === 'accepted') lastPosition = Math.max(lastPosition, outcome.position);
    while (visibility.at(-1)!.position < lastPosition)
      await new Promise((resolve) => setTimeout(resolve, 20));
    polling = false;
    await poll;
    readModels.close();
    stopWatchdog();

    const visibleAt = (position: number): number => {
      let low = 0;
      let high = visibility.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (visibility[middle]!.position >= position) high = middle;
        else low = middle + 1;
      }
      return visibility[low]!.at;
    };
    const rejected = envelopes.filter((envelope) => outcomes.get(envelope.messageId)?.status !== 'accepted');
    const latencies = envelopes
      .map((envelope: IntakeEnvelope) => {
        const outcome = outcomes.get(envelope.messageId) as Extract<IntakeOutcome, { status: 'accepted' }>;
        return visibleAt(outcome.position) - producedAt.get(envelope.messageId)!;
      })
      .sort((a, b) => a - b);
    // Where the time went: the event store's recorded_at (the ingest's clock, on this machine) cuts
    // produce → visible into produce → stored (Kafka, the ingest's fetch and decision, the commit)
    // and stored → visible (the project role noticing the commit, projecting, its checkpoint).
    const { toStored, toVisible } = latencyCut(
      storedTimes(join(folder.path, 'events.sqlite')),
      envelopes.map((envelope) => ({
        producedAt: producedAt.get(envelope.messageId)!,
        outcome: outcomes.get(envelope.messageId)!,
      })),
      visibleAt,
    );
    const end = visibleAt(lastPosition);
    const seconds = (end - started) / 1000;
    const eventsPerSecond = Math.round(ENVELOPES / seconds);
    const p50 = Math.round(percentile(latencies, 50));
    const p99 = Math.round(percentile(latencies, 99));
    const rss = Math.max(...ingestors.map((ingest) => peakRssMb(ingest.child.pid!)));
    const handled =
      stagesAfter.reduce((sum, after, n) => sum + after.messages - stagesBefore[n]!.messages, 0) || ENVELOPES;
    const ingestMicros = Math.round(((cpuAfter.ingest - cpuBefore.ingest) * 1e6) / handled);
    const mark = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    console.log(
      `\nmachine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `produced in ${producedIn.toFixed(1)} s, every outcome back after ${storedIn.toFixed(1)} s, all visible after ${seconds.toFixed(1)} s; rejected ${rejected.length}`,
    );
    console.table({
      'end-to-end events/s (produce → stored → projected)': {
        value: eventsPerSecond,
        target: `>= ${TARGET_EVENTS_PER_SECOND}`,
        result: mark(eventsPerSecond >= TARGET_EVENTS_PER_SECOND),
      },
      'latency p50, ms (produce → visible)': { value: p50, target: '', result: '' },
      'latency p99, ms (produce → visible)': {
        value: p99,
        target: `< ${TARGET_P99_MS} at ${P99_TARGET_RATE.toLocaleString('en')}/s offered`,
        result: p99Verdict(p99),
      },
      '  of which produce → stored, ms p50 / p99': {
        value: `${Math.round(percentile(toStored, 50))} / ${Math.round(percentile(toStored, 99))}`,
        target: '',
        result: '',
      },
      '  of which stored → visible, ms p50 / p99': {
        value: `${Math.round(percentile(toVisible, 50))} / ${Math.round(percentile(toVisible, 99))}`,
        target: '',
        result: '',
      },
      'ingest CPU per message, µs (user + system, whole process)': {
        value: ingestMicros,
        target: `<= ${TARGET_INGEST_CPU_MICROS}`,
        result: mark(ingestMicros <= TARGET_INGEST_CPU_MICROS),
      },
      'peak RSS of a gongkai ingest process, MB': { value: rss, target: '', result: '' },
    });
    printStages(stagesBefore, stagesAfter, handled, ingestMicros);
    const share = (name: keyof typeof cpuAfter) =>
      `${name} ${((cpuAfter[name] - cpuBefore[name]) / storedIn).toFixed(2)}`;
    console.log(
      `CPU used per second of the run (in cores, of ${cpus().length}): ${(['ingest', 'project', 'broker', 'producer'] as const).map(share).join(', ')}`,
    );
    console.log(
      `the ingest main thread waited ${(cpuAfter.ingestRunQueue - cpuBefore.ingestRunQueue).toFixed(1)} s of the ${storedIn.toFixed(1)} s for a CPU while it had work (the machine's other processes)`,
    );
    if (rejected.length > 0) {
      console.error(
        `FAILED: ${rejected.length} envelopes rejected; first: ${JSON.stringify(outcomes.get(rejected[0]!.messageId))}`,
      );
      process.exitCode = 1;
    }
    await watch.reader.stop();
  } finally {
    status.phase = 'stopping';
    await Promise.all(ingestors.map((ingest) => ingest.kill('SIGTERM')));
    await project.kill('SIGTERM');
    await bus.close();
    folder.remove();
  }
};

await main();
