/**
 * The national-scale event store, generated once and cached under `.cache/bench/` under a name of
 * its own (`national-…`), beside (never instead of) the 1M-event seed: every county of the national
 * directory (`nationalDirectory.ts`) runs the Heilongjiang seed's pilot (registration, areas, plan,
 * self-assessment, acceptance) and its catalogue stories (draft, standard, publication, disclosures,
 * interpretations, responses, feedback), decided by the domain through the write core, as the seed
 * does. The seed's own modules write the commands (imported, not changed); only the units differ.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandEnvelope } from '@gongkai/command-handling';
import type { SeededTenantDirectory, TenantUnit } from '@gongkai/domain';
import { createTenantDirectory } from '@gongkai/domain';
import { catalogueItems } from '../../../packages/platform/src/seed/items/catalogue';
import { itemStory } from '../../../packages/platform/src/seed/items/story';
import type { PlannedPilotStep } from '../../../packages/platform/src/seed/pilot/steps';
import { DEFAULT_SEED, planUnit, sendPilot } from '../../../packages/platform/src/seed/commands';
import type { UnitPlan } from '../../../packages/platform/src/seed/commands';
import { toEnvelope } from '../../../packages/platform/src/seed/steps';
import { adminOf } from '../../../packages/platform/src/seed/units';
import type { SeedUnit } from '../../../packages/platform/src/seed/units';
import { CACHE, seedVersion } from '../readSideDataset';
import { nationalSeeds } from './nationalDirectory';

export interface NationalScale {
  /** Catalogue items per county (the national pilot: about 500). */
  itemsPerCounty: number;
  /** Events per catalogue item (10M events over 1.42M items: about 7). */
  eventsPerItem: number;
}

export interface NationalDataset {
  file: string;
  events: number;
  counties: number;
  items: number;
  /** Seconds the generation took (0 when the cached store was used). */
  generatedSeconds: number;
}

export const nationalDirectory = (): SeededTenantDirectory => createTenantDirectory(nationalSeeds());

const seedUnitOf = (unit: TenantUnit, directory: SeededTenantDirectory): SeedUnit => {
  const parent = directory.getOrThrow(unit.parentCode ?? '');
  const province = directory.getOrThrow(`${unit.code.slice(0, 2)}0000`);
  return {
    code: unit.code,
    name: unit.name,
    level: unit.pilotLevel ?? 'provincial',
    areas: directory.assignedAreas(unit.code)?.areaCodes ?? [],
    reportingParent: parent,
    throughPrefecture: parent.tier === 'prefecture',
    site: `http://www.county${unit.code}.gov.cn`,
    documentPrefix: `${unit.name.slice(0, 1)}政办发`,
    county: adminOf(unit),
    parent: adminOf(parent),
    province: adminOf(province),
  };
};

type Pending = PlannedPilotStep & { plan: UnitPlan };
const byOccurredAt = (a: Pending, b: Pending): number =>
  a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0;

/** Setup of every pilot, the catalogues county by county, then the pilot year, as the scaled seed sends them. */
export function* nationalCommands(
  directory: SeededTenantDirectory,
  scale: NationalScale,
): Generator<CommandEnvelope> {
  const seed = DEFAULT_SEED;
  const counties = directory.all().filter((unit) => unit.tier === 'county');
  const plans = new Map(
    counties.map((county) => {
      const unit = seedUnitOf(county, directory);
      return [unit.code, planUnit(seed, unit)] as const;
    }),
  );
  const pilot = (setup: boolean): Pending[] =>
    [...plans.values()]
      .flatMap((plan) => plan.pilot.filter((step) => step.setup === setup).map((step) => ({ ...step, plan })))
      .sort(byOccurredAt);
  for (const step of pilot(true)) yield toEnvelope(sendPilot(step.plan, step));
  const units = [...plans.values()].map((plan) => plan.unit);
  const itemsTarget = scale.itemsPerCounty * counties.length;
  let index = 0;
  let carry = 0;
  for (const spec of catalogueItems(units, itemsTarget)) {
    const plan = plans.get(spec.unit.code);
    if (!plan) throw new Error(`no plan for ${spec.unit.code}`);
    const budget =
      Math.floor((index + 1) * scale.eventsPerItem) - Math.floor(index * scale.eventsPerItem) + carry;
    index++;
    const steps = itemStory(spec, plan.timeline, seed, budget);
    carry = budget - steps.length;
    for (const step of steps) {
      plan.stats.record(step);
      yield toEnvelope(step);
    }
  }
  for (const step of pilot(false)) yield toEnvelope(sendPilot(step.plan, step));
}

const HERE = dirname(fileURLToPath(import.meta.url));

/** The seed's sources and this folder's: a change of either regenerates the store. */
const versionOf = (): string => {
  const hash = createHash('sha256').update(seedVersion().version);
  for (const file of ['nationalDirectory.ts', 'nationalDataset.ts'])
    hash.update(readFileSync(join(HERE, file)));
  return `national-v1+${hash.digest('hex').slice(0, 16)}`;
};

export const nationalStorePath = (scale: NationalScale): string =>
  join(
    CACHE,
    `national-${scale.itemsPerCounty}-items-per-county-${scale.eventsPerItem}-events-per-item.sqlite`,
  );

interface Sidecar {
  version: string;
  events: number;
  counties: number;
  items: number;
}

/** The cached national store, generated first when missing or written by other sources. */
export const nationalEventStore = async (
  scale: NationalScale,
  log: (line: string) => void,
): Promise<NationalDataset> => {
  const file = nationalStorePath(scale);
  const version = versionOf();
  const sidecar = `${file}.json`;
  if (existsSync(file) && existsSync(sidecar)) {
    const recorded = JSON.parse(readFileSync(sidecar, 'utf8')) as Sidecar;
    if (recorded.version === version) return { file, ...recorded, generatedSeconds: 0 };
    log(`the cached national store was written by other sources (${recorded.version}): regenerating`);
  }
  const [{ openSqliteEventStore }, { WriteCore }, { officialWorkingDayCalendar }] = await Promise.all([
    import('@gongkai/event-store'),
    import('@gongkai/command-handling'),
    import('@gongkai/domain'),
  ]);
  mkdirSync(CACHE, { recursive: true });
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const directory = nationalDirectory();
  const store = openSqliteEventStore({ fileName: partial });
  const core = new WriteCore({ eventStore: store, directory, calendar: officialWorkingDayCalendar });
  const started = performance.now();
  let commands = 0;
  let rejected = 0;
  let events = 0;
  let lastReport = started;
  let batch: CommandEnvelope[] = [];
  const send = async (): Promise<void> => {
    const outcomes = await core.handleBatch(
      batch.map((envelope) => ({ ...envelope, parsed: true })),
      { recordOutcomes: false },
    );
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        if (rejected++ < 5) log(`  rejected: ${outcome.code} ${outcome.reason}`);
      } else events += outcome.events.length;
    }
    commands += batch.length;
    batch = [];
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      const seconds = (lastReport - started) / 1000;
      log(
        `  ${commands.toLocaleString('en')} commands, ${events.toLocaleString('en')} events, ${Math.round(events / seconds)} events/s`,
      );
    }
  };
  log(
    `generating the national store in ${file} (${scale.itemsPerCounty} items a county, ${scale.eventsPerItem} events an item)`,
  );
  // The write core appends a batch in command order, a stream coming back as often as it does.
  for (const envelope of nationalCommands(directory, scale)) {
    if (batch.length >= 1_000) await send();
    batch.push(envelope);
  }
  await send();
  await store.close();
  if (rejected > 0) throw new Error(`the domain refused ${rejected} national commands: fix the generator`);
  for (const suffix of ['-wal', '-shm']) rmSync(partial + suffix, { force: true });
  renameSync(partial, file);
  const counties = directory.all().filter((unit) => unit.tier === 'county').length;
  const record: Sidecar = { version, events, counties, items: scale.itemsPerCounty * counties };
  writeFileSync(sidecar, `${JSON.stringify(record, null, 2)}\n`);
  const generatedSeconds = (performance.now() - started) / 1000;
  log(
    `generated ${events.toLocaleString('en')} events in ${generatedSeconds.toFixed(0)} s (${statSync(file).size} bytes)`,
  );
  return { file, ...record, generatedSeconds };
};
