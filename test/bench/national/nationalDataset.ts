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
import { eventIdFor } from '@gongkai/command-handling';
import type {
  CommandContext,
  DomainEvent,
  SeededTenantDirectory,
  TenantDirectory,
  TenantUnit,
  WorkingDayCalendar,
} from '@gongkai/domain';
import {
  authorize,
  createTenantDirectory,
  decideAuthorizedCommand,
  eventCatalogue,
  routeCommand,
  tenantOfStream,
  upcastEvent,
} from '@gongkai/domain';
import type { EventStore, EventToAppend } from '@gongkai/event-store';
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

/** What the writer knows of a stream: its events so far (upcast) and its revision (-1: none yet). */
interface StreamState {
  events: DomainEvent[];
  revision: number;
}

/** Consecutive events of one stream in a chunk: one part of the chunk's `appendMany`. */
interface Run {
  streamId: string;
  after: number;
  events: EventToAppend[];
}

/**
 * Decides the national commands with the domain and appends their events, as the write core would
 * store them (the same event ids, metadata, order and positions: a test compares the two stores),
 * without what a write core must do for commands it did not generate: no outcome records, no
 * re-reading of a stream it wrote itself, no promise per command. It is the only writer of a fresh
 * store, so a stream it has not written is new; the streams of finished items leave memory (read back
 * from the store should a later command ever need one).
 */
export class NationalWriter {
  readonly #streams = new Map<string, StreamState>();
  /** Streams that left memory (read back from the store when needed again). */
  readonly #evicted = new Set<string>();
  #runs: Run[] = [];
  #pending = 0;
  events = 0;
  commands = 0;
  readonly rejected: string[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly directory: TenantDirectory,
    private readonly calendar: WorkingDayCalendar,
    private readonly options: { chunkEvents?: number; keptStreams?: number } = {},
  ) {}

  async #state(streamId: string): Promise<StreamState> {
    const known = this.#streams.get(streamId);
    if (known) return known;
    const state: StreamState = { events: [], revision: -1 };
    if (this.#evicted.delete(streamId)) {
      for await (const recorded of this.store.readStream(streamId)) {
        state.events.push(upcastEvent(recorded.type, recorded.schemaVersion, recorded.data));
        state.revision = recorded.revision;
      }
    }
    this.#streams.set(streamId, state);
    return state;
  }

  /**
   * Decides one command on the streams so far; its events wait for the next append. Synchronous
   * (undefined) unless a stream must be read back or the chunk is appended (a promise).
   */
  send(envelope: CommandEnvelope): Promise<void> | undefined {
    this.commands++;
    const { command } = envelope;
    const context: CommandContext = {
      actor: envelope.actor,
      occurredAt: envelope.occurredAt,
      directory: this.directory,
      calendar: this.calendar,
    };
    let route: ReturnType<typeof routeCommand>;
    try {
      authorize(command, context);
      route = routeCommand(command, this.directory);
    } catch (error) {
      this.#refused(envelope, error);
      return undefined;
    }
    const ids = [route.streamId, ...route.consults];
    if (ids.every((id) => this.#streams.has(id) || !this.#evicted.has(id)))
      return this.#decide(envelope, context, route);
    return Promise.all(ids.map((id) => this.#state(id))).then(() => this.#decide(envelope, context, route));
  }

  #refused(envelope: CommandEnvelope, error: unknown): void {
    this.rejected.push(`${envelope.messageId}: ${error instanceof Error ? error.message : String(error)}`);
  }

  /** A stream in memory, or a new one (never written, never evicted). */
  #known(streamId: string): StreamState {
    let state = this.#streams.get(streamId);
    if (state === undefined) this.#streams.set(streamId, (state = { events: [], revision: -1 }));
    return state;
  }

  #decide(
    envelope: CommandEnvelope,
    context: CommandContext,
    route: ReturnType<typeof routeCommand>,
  ): Promise<void> | undefined {
    const { streamId } = route;
    const stream = this.#known(streamId);
    const consulted: Record<string, DomainEvent[]> = {};
    for (const id of route.consults) consulted[id] = this.#known(id).events;
    let events: DomainEvent[];
    try {
      events = decideAuthorizedCommand(envelope.command, stream.events, { ...context, consulted });
    } catch (error) {
      this.#refused(envelope, error);
      return undefined;
    }
    if (events.length === 0) return undefined;
    let run = this.#runs.at(-1);
    if (run?.streamId !== streamId) this.#runs.push((run = { streamId, after: stream.revision, events: [] }));
    const metadata = {
      tenant: tenantOfStream(streamId),
      actor: envelope.actor,
      correlationId: envelope.correlationId ?? envelope.messageId,
      causationId: envelope.causationId ?? envelope.messageId,
      occurredAt: envelope.occurredAt,
    };
    for (let index = 0; index < events.length; index++) {
      const event = events[index]!;
      run.events.push({
        eventId: eventIdFor(envelope.messageId, index),
        type: event.type,
        schemaVersion: eventCatalogue[event.type].schemaVersion,
        data: event.data,
        metadata,
      });
      stream.events.push(event);
      stream.revision++;
    }
    this.#pending += events.length;
    return this.#pending >= (this.options.chunkEvents ?? 20_000) ? this.flush() : undefined;
  }

  /** Appends the events decided so far in one transaction; finished item streams leave memory. */
  async flush(): Promise<void> {
    if (this.#runs.length > 0) {
      await this.store.appendMany(
        this.#runs.map((run) => ({
          streamId: run.streamId,
          events: run.events,
          expectedRevision: run.after < 0 ? ('no-stream' as const) : run.after,
        })),
      );
    }
    this.events += this.#pending;
    this.#runs = [];
    this.#pending = 0;
    const kept = this.options.keptStreams ?? 5_000;
    if (this.#streams.size <= kept) return;
    // Item streams only (a county's pilot stream is consulted to the end): the oldest first.
    for (const streamId of this.#streams.keys()) {
      if (this.#streams.size <= kept / 2) break;
      if (!streamId.startsWith('catalogueItem-')) continue;
      this.#streams.delete(streamId);
      this.#evicted.add(streamId);
    }
  }
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
  const [{ openSqliteEventStore }, { officialWorkingDayCalendar }] = await Promise.all([
    import('@gongkai/event-store'),
    import('@gongkai/domain'),
  ]);
  mkdirSync(CACHE, { recursive: true });
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const directory = nationalDirectory();
  const store = openSqliteEventStore({ fileName: partial });
  const writer = new NationalWriter(store, directory, officialWorkingDayCalendar);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let lastReport = started;
  log(
    `generating the national store in ${file} (${scale.itemsPerCounty} items a county, ${scale.eventsPerItem} events an item)`,
  );
  for (const envelope of nationalCommands(directory, scale)) {
    const appending = writer.send(envelope);
    if (appending) await appending;
    if (writer.commands % 10_000 === 0 && performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      const seconds = (lastReport - started) / 1000;
      log(
        `  ${writer.commands.toLocaleString('en')} commands, ${writer.events.toLocaleString('en')} events, ${Math.round(writer.events / seconds)} events/s`,
      );
    }
  }
  await writer.flush();
  const { events } = writer;
  const rejected = writer.rejected.length;
  for (const line of writer.rejected.slice(0, 5)) log(`  rejected: ${line}`);
  await store.close();
  if (rejected > 0) throw new Error(`the domain refused ${rejected} national commands: fix the generator`);
  for (const suffix of ['-wal', '-shm']) rmSync(partial + suffix, { force: true });
  renameSync(partial, file);
  const counties = directory.all().filter((unit) => unit.tier === 'county').length;
  const record: Sidecar = { version, events, counties, items: scale.itemsPerCounty * counties };
  writeFileSync(sidecar, `${JSON.stringify(record, null, 2)}\n`);
  const generatedSeconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpuBefore);
  log(
    `generated ${events.toLocaleString('en')} events in ${generatedSeconds.toFixed(0)} s, ${((user + system) / 1e6).toFixed(0)} s CPU (${Math.round((events * 1e6) / (user + system))} events per CPU-second; ${statSync(file).size} bytes)`,
  );
  return { file, ...record, generatedSeconds };
};
