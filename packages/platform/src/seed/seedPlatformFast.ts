import type { CommandEnvelope } from '@gongkai/command-handling';
import { eventIdFor, eventToAppend } from '@gongkai/command-handling';
import type { DomainEvent, TenantDirectory, WorkingDayCalendar } from '@gongkai/domain';
import {
  categoryOfStream,
  decideCommand,
  isDomainError,
  officialWorkingDayCalendar,
  routeCommand,
  upcastEvent,
} from '@gongkai/domain';
import type { EventStore, EventToAppend } from '@gongkai/event-store';
import { countSeedCommands, heilongjiangSeedCommands } from './commands';
import type { SeedOptions } from './commands';
import type { SeedProgressOptions, SeedResult } from './seedPlatform';
import { seedDirectory } from './units';

export interface FastSeedOptions extends SeedOptions, SeedProgressOptions {
  /** Default: the Heilongjiang directory and the official calendar, as the platform uses. */
  directory?: TenantDirectory;
  calendar?: WorkingDayCalendar;
}

interface LoadedStream {
  events: DomainEvent[];
  eventIds: Set<string>;
  revision: number;
}

const EMPTY_STREAM = (): LoadedStream => ({ events: [], eventIds: new Set(), revision: -1 });

/**
 * Decides runs of consecutive commands on one stream in memory, with the domain's `decideCommand`
 * (validation, authorization, rules: the same decision the handler makes), and appends each run in
 * one append. Idempotent like the handler: a command whose first event is stored is skipped.
 */
class FastSeeder {
  readonly result: SeedResult = { commands: 0, events: 0, rejected: [] };
  /** Pilot-unit streams, which catalogue decisions consult. */
  readonly #pilotUnits = new Map<string, DomainEvent[]>();
  /** Streams appended by this run (a fresh store holds nothing else). */
  readonly #written = new Set<string>();

  constructor(
    private readonly store: EventStore,
    private readonly directory: TenantDirectory,
    private readonly calendar: WorkingDayCalendar,
    private readonly storeWasEmpty: boolean,
  ) {}

  async #load(streamId: string): Promise<LoadedStream> {
    if (this.storeWasEmpty && !this.#written.has(streamId)) return EMPTY_STREAM();
    const loaded = EMPTY_STREAM();
    for await (const recorded of this.store.readStream(streamId)) {
      loaded.events.push(upcastEvent(recorded.type, recorded.schemaVersion, recorded.data));
      loaded.eventIds.add(recorded.eventId);
      loaded.revision = recorded.revision;
    }
    return loaded;
  }

  async #consulted(streamIds: readonly string[]): Promise<Record<string, DomainEvent[]>> {
    const consulted: Record<string, DomainEvent[]> = {};
    for (const streamId of streamIds) {
      consulted[streamId] = this.#pilotUnits.get(streamId) ?? (await this.#load(streamId)).events;
    }
    return consulted;
  }

  async #decide(envelope: CommandEnvelope, events: readonly DomainEvent[]): Promise<DomainEvent[]> {
    const consulted = await this.#consulted(routeCommand(envelope.command).consults);
    const context = { actor: envelope.actor, occurredAt: envelope.occurredAt, directory: this.directory };
    try {
      return decideCommand(envelope.command, events, { ...context, calendar: this.calendar, consulted });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      this.result.rejected.push({ messageId: envelope.messageId, code: error.code, message: error.message });
      return [];
    }
  }

  async flush(streamId: string, envelopes: readonly CommandEnvelope[]): Promise<void> {
    const stream = await this.#load(streamId);
    const appending: EventToAppend[] = [];
    for (const envelope of envelopes) {
      this.result.commands++;
      if (stream.eventIds.has(eventIdFor(envelope.messageId, 0))) continue;
      const decided = await this.#decide(envelope, stream.events);
      decided.forEach((event, index) => appending.push(eventToAppend(streamId, envelope, event, index)));
      stream.events.push(...decided);
    }
    if (appending.length > 0) {
      const expectedRevision = stream.revision < 0 ? 'no-stream' : stream.revision;
      await this.store.append(streamId, appending, { expectedRevision });
      this.result.events += appending.length;
      this.#written.add(streamId);
    }
    if (categoryOfStream(streamId) === 'pilotUnit') this.#pilotUnits.set(streamId, stream.events);
  }
}

/**
 * The seed without the per-command round trip to the store, for large (scaled) seeds: each item's
 * commands are folded through `decideCommand` in memory and its events appended at once. Produces
 * exactly the events `seedPlatform` would (same ids, data and metadata), except `recordedAt`.
 */
export const seedPlatformFast = async (
  store: EventStore,
  options: FastSeedOptions = {},
): Promise<SeedResult> => {
  const {
    onProgress,
    directory = seedDirectory,
    calendar = officialWorkingDayCalendar,
    ...seedOptions
  } = options;
  const total = onProgress ? countSeedCommands(seedOptions) : 0;
  const seeder = new FastSeeder(store, directory, calendar, (await store.headPosition()) === 0);
  let run: { streamId: string; envelopes: CommandEnvelope[] } | undefined;
  let reported = 0;
  for (const envelope of heilongjiangSeedCommands(seedOptions)) {
    const { streamId } = routeCommand(envelope.command);
    if (run?.streamId !== streamId) {
      if (run) await seeder.flush(run.streamId, run.envelopes);
      run = { streamId, envelopes: [] };
    }
    run.envelopes.push(envelope);
    if (onProgress && seeder.result.commands - reported >= 1000) {
      reported = seeder.result.commands;
      onProgress(reported, total);
    }
  }
  if (run) await seeder.flush(run.streamId, run.envelopes);
  onProgress?.(seeder.result.commands, total);
  return seeder.result;
};
