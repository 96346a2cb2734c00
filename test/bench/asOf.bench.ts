/**
 * Time travel at scale: views "as of" random dates and positions of the scaled seed (1M events by
 * default), read from the history the projectors keep. Rebuilds the read models first (in a child
 * process: events/s and peak RSS, history included), then times `provinceView`, `nationalRollup`
 * and `countyView` as of in this process (response serialized): p50 and p99.
 *
 *   pnpm bench as-of [--items 100000] [--events 1000000] [--samples 100] [--skip-rebuild]
 *
 * CPU per view (this process's user + system time) is printed beside the latencies: on a shared
 * machine it moves less with the load than they do. Timing starts after a few warm-up reads of each
 * view through views of their own (warm code, nothing read kept); the first, cold, read is printed.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createTenantDirectory, heilongjiangMilestones, heilongjiangSeed, occurredOn } from '@gongkai/domain';
import { openSqliteEventStore } from '@gongkai/event-store';
import type { AsOf } from '@gongkai/projections';
import { createSqliteReadModelStore, ReadModelViewQueries } from '@gongkai/projections';
import { CACHE, seedEventStore } from './readSideDataset';
import { isRebuiltFrom, rebuildInChild } from './readSideRebuild';

const HELP = `Time travel benchmark: views as of random dates and positions, from the history.

Usage: pnpm bench as-of [--items 100000] [--events 1000000] [--samples 100] [--skip-rebuild]

  --skip-rebuild  serve the read models of the last rebuild (rebuilt anyway if the seed changed since)

Targets (1M events): provinceView asOf p99 < 100 ms, nationalRollup asOf p99 < 250 ms.`;

const { values: args } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    events: { type: 'string', default: '1000000' },
    samples: { type: 'string', default: '100' },
    'skip-rebuild': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const num = (value: string | undefined): number => Number.parseInt(value ?? '', 10);
/** Reads of each view before timing (JIT); their own views, so nothing they read is reused. */
const WARM_UP = 5;

const seed = await seedEventStore({ items: num(args.items), events: num(args.events) }, log);
const readModels = join(CACHE, 'as-of', `read-models-${num(args.events)}.sqlite`);
const reusable = args['skip-rebuild'] && isRebuiltFrom(readModels, seed.file);
if (args['skip-rebuild'] && !reusable)
  log(`--skip-rebuild: ${readModels} is not a rebuild of the seed as it is now; rebuilding`);
if (!reusable) {
  log('rebuilding every projection (history included) in a child process ...');
  const rebuilt = await rebuildInChild(seed.file, readModels, 10_000);
  console.log(
    `rebuild: ${rebuilt.events.toLocaleString('en')} events in ${(rebuilt.durationMs / 1000).toFixed(1)} s, ` +
      `${Math.round(rebuilt.eventsPerSecond).toLocaleString('en')} events/s, peak RSS ${rebuilt.peakRssMb} MB; ` +
      `documents ${JSON.stringify(rebuilt.documents)}`,
  );
}

const eventStore = openSqliteEventStore({ fileName: seed.file });
const readModelStore = await createSqliteReadModelStore({ path: readModels });
const viewsOverTheStores = () =>
  new ReadModelViewQueries({
    readModelStore,
    eventStore,
    directory: createTenantDirectory(heilongjiangSeed),
    milestones: heilongjiangMilestones,
  });
const views = viewsOverTheStores();
const head = await eventStore.headPosition();

/** A business date of the seed: the date of the event at a random position. */
const randomDate = async (): Promise<string> => {
  const position = 1 + Math.floor(Math.random() * head);
  for await (const event of eventStore.readAll({ fromPosition: position - 1, toPosition: position })) {
    return occurredOn(event.metadata);
  }
  return '2018-01-01';
};
const randomAsOf = async (sample: number): Promise<AsOf> =>
  sample % 2 === 0 ? { position: 1 + Math.floor(Math.random() * head) } : { date: await randomDate() };

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

const time = async (name: string, read: (asOf: AsOf) => Promise<unknown>, targetP99?: number) => {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let sample = 0; sample < num(args.samples); sample++) {
    const asOf = await randomAsOf(sample);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    JSON.stringify(await read(asOf));
    samples.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const p99 = percentile(samples, 0.99);
  const verdict =
    targetP99 === undefined ? '' : ` (target p99 < ${targetP99} ms: ${p99 < targetP99 ? 'PASS' : 'MISS'})`;
  console.log(
    `${name.padEnd(16)} asOf p50 ${percentile(samples, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms${verdict}; ` +
      `CPU per view p50 ${percentile(cpu, 0.5).toFixed(1)} ms, p99 ${percentile(cpu, 0.99).toFixed(1)} ms`,
  );
};

console.log(
  `${head.toLocaleString('en')} events; ${num(args.samples)} random dates and positions each; ` +
    `load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')}`,
);
// A server answers from warm code: a few reads of each view first, through views of their own (so
// that the timed views start with nothing read, as after a start). The very first read is printed.
const warmUp = viewsOverTheStores();
for (let sample = 0; sample < WARM_UP; sample++) {
  const asOf = await randomAsOf(sample);
  const started = performance.now();
  for (const read of [
    () => warmUp.countyView('230102', asOf),
    () => warmUp.provinceView('230000', asOf),
    () => warmUp.nationalRollup(asOf),
  ]) {
    JSON.stringify(await read());
  }
  if (sample === 0) {
    console.log(
      `first reads of the process (county, province, national, cold): ${(performance.now() - started).toFixed(1)} ms; ` +
        `then ${WARM_UP - 1} more each before timing`,
    );
  }
}
await time('countyView', (asOf) => views.countyView('230102', asOf));
await time('provinceView', (asOf) => views.provinceView('230000', asOf), 100);
await time('nationalRollup', (asOf) => views.nationalRollup(asOf), 250);
await readModelStore.close();
await eventStore.close();
