/**
 * The ingest process's own work without Kafka (`pnpm bench intake-core`): the real `Ingestor`
 * handles partition batches of signed intake messages (the intake benchmark's load) through the real
 * write core on a SQLite file, publishing outcomes to the in-process bus. Prints the CPU per message
 * of each stage (read, verify, decide, encode) and of the whole process, and how long the main
 * thread ran and waited for a CPU: the part of `pnpm bench intake`'s ingest CPU that is ours, with
 * no broker, producer or projector competing, in a minute. `--outcomes` first fills the outcome
 * records to a steady-state count (pruning then runs on a full table).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WriteCore } from '@gongkai/command-handling';
import { createTenantDirectory, officialWorkingDayCalendar, parseTenantSeed } from '@gongkai/domain';
import { openSqliteEventStore } from '@gongkai/event-store';
import { encodeIntakeMessage, Ingestor, intakeTopicSpecs, SourceRegistry } from '@gongkai/ingest';
import type { BusMessage } from '@gongkai/messaging';
import { createInProcessBus } from '@gongkai/messaging';
import { temporaryDirectory } from '@gongkai/testkit';
import { benchmarkDirectory, ENVELOPES_PER_ITEM, itemLoad, pilotSetUp } from '../support/intakeLoad';

const HELP = `Usage: pnpm bench intake-core [-- options]

  --envelopes <n>  envelopes handled, one event each (default 50000)
  --tenants <n>    counties sending (default 100)
  --batch <n>      messages per partition batch (default 500; Kafka hands the ingest up to ~1,000 at full speed)
  --outcomes <n>   outcome records stored before the run (default 0; the store keeps up to 1,000,000)

Target (of pnpm bench intake): ingest CPU <= 60 µs a message, Kafka client included.`;

const { values: args } = parseArgs({
  options: {
    envelopes: { type: 'string', default: '50000' },
    tenants: { type: 'string', default: '100' },
    batch: { type: 'string', default: '500' },
    outcomes: { type: 'string', default: '0' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const ENVELOPES = Number(args.envelopes);
const TENANTS = Number(args.tenants);
const BATCH = Number(args.batch);
const OUTCOMES = Number(args.outcomes);
for (const [name, value] of Object.entries({ ENVELOPES, TENANTS, BATCH, OUTCOMES }))
  if (!Number.isInteger(value) || value < 0 || (name === 'BATCH' && value === 0)) {
    console.error(`--${name.toLowerCase()} must be a whole number, got ${value}.\n\n${HELP}`);
    process.exit(2);
  }

const PROVINCE = '230000';
const TOPIC = 'gongkai.intake.v1';
const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** Main-thread milliseconds on a CPU and waiting for one (Linux schedstat; NaN elsewhere). */
const mainThread = (): { onCpu: number; waiting: number } => {
  try {
    const [onCpu, waiting] = readFileSync('/proc/self/schedstat', 'utf8').split(' ').map(Number);
    return { onCpu: onCpu! / 1e6, waiting: waiting! / 1e6 };
  } catch {
    return { onCpu: Number.NaN, waiting: Number.NaN };
  }
};
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const folder = temporaryDirectory('gongkai-bench-intake-core-');
try {
  const bench = benchmarkDirectory(TENANTS);
  const directory = createTenantDirectory(parseTenantSeed(bench.seed));
  const source = { id: 'load-generator', key: `load-${randomUUID()}-0123456789abcdef` };
  const registry = new SourceRegistry(
    [{ id: source.id, name: '压测', tenants: [PROVINCE], keys: [source.key] }],
    directory,
  );
  const store = openSqliteEventStore({ fileName: join(folder.path, 'events.sqlite') });
  if (OUTCOMES > 0) {
    const outcome = JSON.stringify({ status: 'rejected', tenant: PROVINCE, code: 'X', reason: 'filler' });
    for (let done = 0; done < OUTCOMES; done += 10_000)
      await store.appendMany([], {
        outcomes: Array.from({ length: Math.min(10_000, OUTCOMES - done) }, (_, i) => ({
          key: `filler-${done + i}`,
          fingerprint: 'filler',
          outcome,
        })),
      });
  }
  const core = new WriteCore({ eventStore: store, directory, calendar: officialWorkingDayCalendar });
  const bus = createInProcessBus();
  await bus.ensureTopics(intakeTopicSpecs(1));
  const ingestor = new Ingestor({ bus, core, registry, timeStages: true });
  const load = {
    tenants: bench.counties.slice(0, TENANTS),
    pilotLevelOf: bench.pilotLevelOf,
    province: PROVINCE,
    source: source.id,
    runId: randomUUID().slice(0, 8),
  };
  let offset = 0;
  const messagesOf = (envelopes: Parameters<typeof encodeIntakeMessage>[0][]): BusMessage[] =>
    envelopes.map((envelope) => {
      const message = encodeIntakeMessage(envelope, source.key);
      return {
        topic: TOPIC,
        partition: 0,
        offset: String(offset++),
        key: message.key,
        value: message.value as Buffer,
        headers: message.headers ?? {},
        timestamp: Date.now(),
      };
    });
  const handle = async (messages: BusMessage[]) => {
    for (let at = 0; at < messages.length; at += BATCH)
      await ingestor.handleBatch(messages.slice(at, at + BATCH));
  };
  await handle(messagesOf(pilotSetUp(load)));
  const messages = messagesOf(
    [...itemLoad(load, Math.ceil(ENVELOPES / ENVELOPES_PER_ITEM))].slice(0, ENVELOPES),
  );
  const stagesBefore = { ...ingestor.stats.stageCpuSeconds };
  const countedBefore = ingestor.stats.accepted;
  const thread = mainThread();
  const cpu = cpuMs();
  const started = performance.now();
  await handle(messages);
  const wall = performance.now() - started;
  const processCpu = cpuMs() - cpu;
  const after = mainThread();
  const accepted = ingestor.stats.accepted - countedBefore;
  if (accepted !== ENVELOPES) throw new Error(`${ENVELOPES - accepted} envelopes were not accepted`);
  const perMessage = (ms: number) => ((ms * 1000) / ENVELOPES).toFixed(1);
  console.log(
    `intake core: ${fmt(ENVELOPES)} envelopes in batches of ${BATCH} (${fmt(OUTCOMES)} outcome records before) in ${fmt(wall)} ms`,
  );
  console.table(
    Object.fromEntries([
      ...Object.entries(ingestor.stats.stageCpuSeconds).map(([stage, seconds]) => [
        stage,
        {
          'µs/message': Number(
            perMessage((seconds - stagesBefore[stage as keyof typeof stagesBefore]) * 1000),
          ),
        },
      ]),
      ['whole process (GC, in-process publish included)', { 'µs/message': Number(perMessage(processCpu)) }],
    ]),
  );
  console.log(
    `main thread on a CPU ${fmt(after.onCpu - thread.onCpu)} ms = ${fmt((ENVELOPES / (after.onCpu - thread.onCpu)) * 1000)} messages/s, waiting for one ${fmt(after.waiting - thread.waiting)} ms; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
  );
  await store.close();
} finally {
  folder.remove();
}
