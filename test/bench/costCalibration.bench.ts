/**
 * Calibrates the API's cost table (packages/api/src/graphql/limits/costTable.ts): the time each
 * view field's resolver takes, live (no cache) and `asOf` random dates and positions, with the
 * response serialized. Prints the table in cost units (1 unit = 50 µs).
 *
 * The tier views are measured over the Heilongjiang pilot seed, as the table was first measured;
 * then the seed's applications (依申请公开, `gongkai seed`'s step "applications") are added and the
 * application fields measured, `asOf` a date (read from the live documents, judged on that day) and
 * `asOf` a position (a replay of the tenant's application streams) apart.
 *
 * `pnpm bench cost-calibration` (a few minutes: it seeds a platform first); `-- --applications`
 * measures the application fields only (the tier views' rows are left as they are).
 */
import { performance } from 'node:perf_hooks';
import { heilongjiangMilestones, occurredOn, officialWorkingDayCalendar } from '@gongkai/domain';
import type { AsOf } from '@gongkai/projections';
import { ApplicationViewQueries, ReadModelViewQueries } from '@gongkai/projections';
import { DAOLI, directory, HARBIN, PROVINCE, startTestPlatform } from '@gongkai/projections/testing';
import { seedApplicationCommands } from '@gongkai/platform';
import { seedCommandsForReadModelTests } from '../support/seedCommands';

const UNIT_MS = 0.05;
const ROUNDS = 40;

if (process.argv.includes('--help')) {
  console.log(
    'pnpm bench cost-calibration [--applications]: measures view resolvers on the seed and prints the cost table (--applications: the application fields only).',
  );
  process.exit(0);
}

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

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const randomPosition = (head: number): AsOf => ({ position: Math.floor(Math.random() * head) });

// A fresh instance per call: the live-view cache must not answer.
const views = () =>
  new ReadModelViewQueries({
    readModelStore: platform.readModelStore,
    eventStore: platform.eventStore,
    directory,
    milestones: heilongjiangMilestones,
  });

type Read = (asOf: AsOf | undefined) => Promise<unknown>;

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

const units = (ms: number) => Math.max(1, Math.ceil(ms / UNIT_MS));

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
  `pilot seed: ${pilot.head} events; p90 of ${ROUNDS} calls each (response serialized), 1 unit = ${UNIT_MS} ms`,
);
console.log('| field | live ms | asOf ms | cost | asOf cost |');
for (const [field, read] of Object.entries(process.argv.includes('--applications') ? {} : tierFields)) {
  const live = await measure(read, () => undefined);
  const asOf = await measure(read, (round) =>
    round % 2 === 0 ? randomPosition(pilot.head) : { date: pick(pilot.dates) },
  );
  console.log(`| ${field} | ${live.toFixed(2)} | ${asOf.toFixed(2)} | ${units(live)} | ${units(asOf)} |`);
}

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
console.log(
  '| field | live ms | asOf date ms | asOf position ms | cost | asOf date cost | asOf position cost |',
);
for (const [field, read] of Object.entries(applicationFields)) {
  const live = await measure(read, () => undefined);
  const byDate = await measure(read, () => ({ date: pick(applicationDates) }));
  const byPosition = await measure(read, () => randomPosition(withApplications.head));
  console.log(
    `| ${field} | ${live.toFixed(2)} | ${byDate.toFixed(2)} | ${byPosition.toFixed(2)} | ${units(live)} | ${units(byDate)} | ${units(byPosition)} |`,
  );
}
await platform.close();
