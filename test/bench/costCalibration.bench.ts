/**
 * Calibrates the API's cost table (packages/api/src/graphql/limits/costTable.ts): the time each
 * view field's resolver takes, live (no cache) and `asOf` random dates and positions, with the
 * response serialized, over the Heilongjiang seed. Prints the table in cost units (1 unit = 50 µs).
 *
 * `pnpm bench cost-calibration` (about a minute: it seeds a platform first).
 */
import { performance } from 'node:perf_hooks';
import { heilongjiangMilestones, occurredOn } from '@gongkai/domain';
import type { AsOf } from '@gongkai/projections';
import { ReadModelViewQueries } from '@gongkai/projections';
import { DAOLI, directory, HARBIN, PROVINCE, startTestPlatform } from '@gongkai/projections/testing';
import { seedCommandsForReadModelTests } from '../support/seedCommands';

const UNIT_MS = 0.05;
const ROUNDS = 40;

if (process.argv.includes('--help')) {
  console.log('pnpm bench cost-calibration: measures view resolvers on the seed and prints the cost table.');
  process.exit(0);
}

const platform = await startTestPlatform();
for (const envelope of seedCommandsForReadModelTests()) {
  // A refusal is an outcome (the seed's commands are all accepted); only a fault throws.
  await platform.core.handle(envelope);
}
const head = await platform.eventStore.headPosition();
await platform.runner.waitFor(head);
const dates = new Set<string>();
for await (const event of platform.eventStore.readAll()) dates.add(occurredOn(event.metadata));
const dateList = [...dates].sort();

// A fresh instance per call: the live-view cache must not answer.
const views = () =>
  new ReadModelViewQueries({
    readModelStore: platform.readModelStore,
    eventStore: platform.eventStore,
    directory,
    milestones: heilongjiangMilestones,
  });

const randomAsOf = (round: number): AsOf =>
  round % 2 === 0
    ? { position: Math.floor(Math.random() * head) }
    : { date: dateList[Math.floor(Math.random() * dateList.length)] ?? '2018-01-01' };

type Read = (asOf: AsOf | undefined) => Promise<unknown>;
const fields: Record<string, Read> = {
  'Query.countyView': (asOf) => views().countyView(DAOLI, asOf),
  'Query.prefectureView': (asOf) => views().prefectureView(HARBIN, asOf),
  'Query.provinceView': (asOf) => views().provinceView(PROVINCE, asOf),
  'Query.nationalRollup': (asOf) => views().nationalRollup(asOf),
  'Query.milestones': (asOf) => views().milestones(PROVINCE, asOf),
  'Query.catalogueItem': (asOf) => views().catalogueItem(DAOLI, 'compulsory-education-01', asOf),
};

const p90 = (samples: number[]): number =>
  samples.sort((a, b) => a - b)[Math.floor(samples.length * 0.9)] ?? 0;

const measure = async (read: Read, asOf: (round: number) => AsOf | undefined): Promise<number> => {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    JSON.stringify(await read(asOf(round)));
    samples.push(performance.now() - started);
  }
  return p90(samples);
};

console.log(
  `seed: ${head} events; p90 of ${ROUNDS} calls each (response serialized), 1 unit = ${UNIT_MS} ms`,
);
console.log('| field | live ms | asOf ms | cost | asOf cost |');
for (const [field, read] of Object.entries(fields)) {
  const live = await measure(read, () => undefined);
  const asOf = await measure(read, randomAsOf);
  const units = (ms: number) => Math.max(1, Math.ceil(ms / UNIT_MS));
  console.log(`| ${field} | ${live.toFixed(2)} | ${asOf.toFixed(2)} | ${units(live)} | ${units(asOf)} |`);
}
await platform.close();
