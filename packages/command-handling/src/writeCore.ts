import type {
  Command,
  CommandContext,
  DomainEvent,
  TenantDirectory,
  WorkingDayCalendar,
} from '@gongkai/domain';
import {
  authorize,
  decideAuthorizedCommand,
  eventCatalogue,
  isDomainError,
  parseCommand,
  routeCommand,
  tenantOfStream,
  upcastEvent,
} from '@gongkai/domain';
import type { EventStore, EventToAppend, OutcomeRecord, StoredOutcomeRecord } from '@gongkai/event-store';
import { isStreamRevisionConflictError } from '@gongkai/event-store';
import { eventIdFor } from './deterministicId';
import type { CommandEnvelope, CommandOutcome, RejectedOutcome } from './envelope';
import { CommandRetriesExhaustedError } from './errors';
import { fingerprintOf } from './idempotencyKey';
import type { KnownHead, StagedStream } from './stagedBatch';
import { StagedBatch, StaleStreamError } from './stagedBatch';
import { StreamCache } from './streamCache';

export interface WriteCoreOptions {
  eventStore: EventStore;
  directory: TenantDirectory;
  calendar: WorkingDayCalendar;
  /** Streams kept decided in memory between batches (a tenant's active items; the rest is re-read). */
  cachedStreams?: number;
  /** Attempts of a whole batch when another writer moved one of its streams. */
  maxAttempts?: number;
}

/**
 * The earliest business time a command may carry. The pilot began in 2017; a date before this is a
 * client's mistake (e.g. `0001-01-01`), refused as OCCURRED_AT_OUT_OF_RANGE.
 */
export const EARLIEST_OCCURRED_AT = '2000-01-01T00:00:00.000Z';

/** What the store keeps of an outcome: enough to answer a repeat (events are read from their stream). */
type RecordedOutcome = { tenant: string } & (
  | { status: 'accepted'; streamId: string; revision: number; events: number; position: number }
  | { status: 'rejected'; code: string; reason: string; details?: Record<string, unknown> }
);

export interface BatchOptions {
  /**
   * Keep each command's outcome record (default true). Only the seed turns it off: its keys are
   * fixed, its commands never change under a key, and a repeat is still recognized by its event ids.
   */
  recordOutcomes?: boolean;
}

/** What a batch that keeps outcome records knows and writes of them. */
interface Recording {
  known: ReadonlyMap<string, StoredOutcomeRecord>;
  inBatch: Map<string, { fingerprint: string; decision: Decision }>;
  records: OutcomeRecord[];
}

/** An outcome whose position is known once the batch is stored. */
interface Decided {
  outcome(): CommandOutcome;
}

const settled = (outcome: CommandOutcome): Decided => ({ outcome: () => outcome });

const rejected = (code: string, reason: string, details?: Record<string, unknown>): RejectedOutcome => ({
  status: 'rejected',
  code,
  reason,
  ...(details ? { details } : {}),
  duplicate: false,
});

const refusalOf = (error: unknown): RejectedOutcome =>
  isDomainError(error)
    ? rejected(error.code, error.message, error.details)
    : // The decision is pure; anything else it throws is a defect, answered for this message alone
      // so that one message can never block the ones behind it.
      rejected('DECISION_FAILED', 'The command could not be decided; report the message id.');

export const messageIdConflict = (messageId: string): RejectedOutcome =>
  rejected(
    'MESSAGE_ID_CONFLICT',
    `Message id ${JSON.stringify(messageId)} was used before for another command: nothing was stored. ` +
      'Send a new command under a new message id; repeat a command only with its exact payload.',
    { messageId },
  );

const occurredAtRefusal = (occurredAt: string): RejectedOutcome | undefined => {
  // A year after 2000 in front is after the earliest instant whatever the offset: no parse needed.
  if (typeof occurredAt === 'string' && Number(occurredAt.slice(0, 4)) > 2000) return undefined;
  const time = Date.parse(occurredAt);
  if (Number.isNaN(time) || time >= Date.parse(EARLIEST_OCCURRED_AT)) return undefined;
  return rejected(
    'OCCURRED_AT_OUT_OF_RANGE',
    `occurredAt ${occurredAt} is before ${EARLIEST_OCCURRED_AT}, the earliest business time a command may carry; send the real time of the act.`,
    { occurredAt, earliest: EARLIEST_OCCURRED_AT },
  );
};

/** The stored form of an event a message produced, under its id (`eventIdFor` the message id). */
const eventToAppend = (
  streamId: string,
  envelope: CommandEnvelope,
  event: DomainEvent,
  eventId: string,
): EventToAppend => ({
  eventId,
  type: event.type,
  schemaVersion: eventCatalogue[event.type].schemaVersion,
  data: event.data,
  metadata: {
    tenant: tenantOfStream(streamId),
    actor: envelope.actor,
    correlationId: envelope.correlationId ?? envelope.messageId,
    causationId: envelope.causationId ?? envelope.messageId,
    occurredAt: envelope.occurredAt,
  },
});

type MaybePromise<T> = T | Promise<T>;

/** A command decided: its outcome once the batch is stored, and what the store keeps of it. */
interface Decision extends Decided {
  record(): RecordedOutcome;
}

const refused = (command: Command, refusal: RejectedOutcome): Decision => {
  const { duplicate: _duplicate, status: _status, ...recorded } = refusal;
  const tenant = command.data.tenant;
  return { outcome: () => refusal, record: () => ({ status: 'rejected', tenant, ...recorded }) };
};

/**
 * An accepted command: its position is the stream's once the batch is stored. Methods, not arrow
 * fields: one object a command on the hot path, no closures.
 */
class Acceptance implements Decision {
  readonly #revision: number;
  readonly #positionBefore: number;

  constructor(
    private readonly tenant: string,
    private readonly stream: StagedStream,
    private readonly events: DomainEvent[],
    private readonly eventIds: string[],
  ) {
    this.#revision = stream.revision;
    this.#positionBefore = stream.position;
  }

  outcome(): CommandOutcome {
    return {
      status: 'accepted',
      streamId: this.stream.streamId,
      revision: this.#revision,
      position: this.events.length === 0 ? this.#positionBefore : this.stream.position,
      eventIds: this.eventIds,
      events: this.events,
      duplicate: false,
    };
  }

  record(): RecordedOutcome {
    return {
      status: 'accepted',
      tenant: this.tenant,
      streamId: this.stream.streamId,
      revision: this.#revision,
      events: this.events.length,
      position: this.events.length === 0 ? this.#positionBefore : 0,
    };
  }
}

/**
 * The one write path: for a batch of N commands (a single command is a batch of one), each is
 * loaded (its stream and the streams it consults), authorized once, decided against the state the
 * commands before it left, and the whole batch is stored with one `appendMany` at the loaded
 * revisions, with each command's outcome record in the same transaction. Streams stay cached
 * between batches (guarded by the expected revisions). A refusal is an outcome, never thrown. A
 * repeated key gets its first outcome (`duplicate: true`); a repeated key with another payload gets
 * MESSAGE_ID_CONFLICT and stores nothing. See the package README.
 */
export class WriteCore {
  readonly #store: EventStore;
  readonly #directory: TenantDirectory;
  readonly #calendar: WorkingDayCalendar;
  readonly #cache: StreamCache;
  readonly #maxAttempts: number;
  /** The store's head as far as the cache has seen it (see `KnownHead`). */
  readonly #head: KnownHead = { position: undefined };
  #running: Promise<unknown> = Promise.resolve();

  constructor(options: WriteCoreOptions) {
    this.#store = options.eventStore;
    this.#directory = options.directory;
    this.#calendar = options.calendar;
    this.#cache = new StreamCache(options.cachedStreams ?? 5_000);
    this.#maxAttempts = options.maxAttempts ?? 3;
  }

  async handle(envelope: CommandEnvelope): Promise<CommandOutcome> {
    const [outcome] = await this.handleBatch([envelope]);
    return outcome!;
  }

  /** One batch at a time: the cache is only coherent when batches do not interleave. */
  handleBatch(envelopes: readonly CommandEnvelope[], options: BatchOptions = {}): Promise<CommandOutcome[]> {
    const next = this.#running.then(() => this.#handle(envelopes, options.recordOutcomes !== false));
    this.#running = next.catch(() => undefined);
    return next;
  }

  async #handle(envelopes: readonly CommandEnvelope[], recording: boolean): Promise<CommandOutcome[]> {
    if (envelopes.length === 0) return [];
    // An empty cache has seen everything there is: the head from here on is known.
    if (this.#head.position === undefined && this.#cache.size === 0) {
      this.#head.position = await this.#store.headPosition();
      if (this.#head.position === 0) this.#cache.startedEmpty();
    }
    for (let attempt = 1; ; attempt++) {
      // Read again on every attempt: another writer may have recorded one of these keys meanwhile.
      const known = recording
        ? await this.#store.readOutcomes(envelopes.map((envelope) => envelope.messageId))
        : new Map<string, StoredOutcomeRecord>();
      const batch = new StagedBatch(this.#cache, this.#store, this.#head);
      try {
        const records: OutcomeRecord[] = [];
        const inBatch = new Map<string, { fingerprint: string; decision: Decision }>();
        const decided: Decided[] = [];
        const recorded = recording ? { known, inBatch, records } : undefined;
        for (const envelope of envelopes) {
          // Synchronous while every stream it needs is staged or cached: no await per command.
          const next = this.#decide(batch, envelope, recorded);
          decided.push(next instanceof Promise ? await next : next);
        }
        await batch.commit(records);
        return decided.map((decision) => decision.outcome());
      } catch (error) {
        batch.forget();
        if (!isStreamRevisionConflictError(error) && !(error instanceof StaleStreamError)) throw error;
        if (attempt >= this.#maxAttempts) throw new CommandRetriesExhaustedError(error.streamId, attempt);
      }
    }
  }

  #decide(batch: StagedBatch, envelope: CommandEnvelope, recording?: Recording): MaybePromise<Decided> {
    const { messageId } = envelope;
    let command: Command;
    try {
      command = envelope.parsed === true ? envelope.command : parseCommand(envelope.command);
    } catch (error) {
      return settled(refusalOf(error));
    }
    if (recording === undefined) return this.#decideNew(batch, envelope, command);
    const { known, inBatch } = recording;
    const fingerprint = fingerprintOf(command);
    const earlier = known.get(messageId) ?? inBatch.get(messageId);
    if (earlier !== undefined) {
      if (earlier.fingerprint !== fingerprint) return settled(messageIdConflict(messageId));
      const first = 'outcome' in earlier ? (JSON.parse(earlier.outcome) as RecordedOutcome) : undefined;
      return this.#repeat(batch, messageId, first ?? (earlier as { decision: Decision }).decision.record());
    }
    const decision = this.#decideNew(batch, envelope, command);
    return decision instanceof Promise
      ? decision.then((decided) => remember(recording, messageId, fingerprint, decided))
      : remember(recording, messageId, fingerprint, decision);
  }

  #decideNew(batch: StagedBatch, envelope: CommandEnvelope, command: Command): MaybePromise<Decision> {
    const tooEarly = occurredAtRefusal(envelope.occurredAt);
    if (tooEarly) return refused(command, tooEarly);
    const context: CommandContext = {
      actor: envelope.actor,
      occurredAt: envelope.occurredAt,
      directory: this.#directory,
      calendar: this.#calendar,
    };
    let route: ReturnType<typeof routeCommand>;
    try {
      authorize(command, context);
      route = routeCommand(command, context.directory);
    } catch (error) {
      return refused(command, refusalOf(error));
    }
    const stream = batch.peek(route.streamId);
    const consulted = route.consults.map((streamId) => batch.peek(streamId));
    if (stream === undefined || consulted.includes(undefined))
      return this.#decideLoaded(batch, envelope, command, context, route, undefined);
    return this.#decideLoaded(batch, envelope, command, context, route, {
      stream,
      consulted: consulted as StagedStream[],
    });
  }

  /**
   * Decides on the streams the batch holds; when `loaded` is undefined (a stream must be read from
   * the store first) or a cached stream must be checked against the store, asynchronously.
   */
  #decideLoaded(
    batch: StagedBatch,
    envelope: CommandEnvelope,
    command: Command,
    context: CommandContext,
    route: ReturnType<typeof routeCommand>,
    loaded: { stream: StagedStream; consulted: StagedStream[] } | undefined,
  ): MaybePromise<Decision> {
    if (loaded === undefined)
      return Promise.all([route.streamId, ...route.consults].map((streamId) => batch.stream(streamId))).then(
        ([stream, ...consulted]) =>
          this.#decideLoaded(batch, envelope, command, context, route, { stream: stream!, consulted }),
      );
    const { stream, consulted } = loaded;
    // A key whose record has expired: its events still say it was accepted.
    const firstId = eventIdFor(envelope.messageId, 0);
    if (stream.ids.has(firstId)) return this.#expiredRepeat(batch, envelope, command, stream, firstId);
    if (!batch.isCurrent(consulted))
      return batch
        .assertCurrent(consulted)
        .then(() => this.#decideOn(batch, envelope, command, context, stream, consulted, firstId));
    return this.#decideOn(batch, envelope, command, context, stream, consulted, firstId);
  }

  #decideOn(
    batch: StagedBatch,
    envelope: CommandEnvelope,
    command: Command,
    context: CommandContext,
    stream: StagedStream,
    consultedStreams: readonly StagedStream[],
    firstId: string,
  ): MaybePromise<Decision> {
    const consulted: Record<string, DomainEvent[]> = {};
    for (const read of consultedStreams) consulted[read.streamId] = read.events;
    let events: DomainEvent[];
    try {
      events = decideAuthorizedCommand(command, stream.events, { ...context, consulted });
    } catch (error) {
      // A refusal appends nothing, so no expected revision guards what it read: check it is current.
      const refusal = refused(command, refusalOf(error));
      return batch.isCurrent([stream]) ? refusal : batch.assertCurrent([stream]).then(() => refusal);
    }
    const eventIds = batch.stage(
      stream,
      // The first id was derived above already (it tells a repeat whose record expired).
      events.map((event, index) =>
        eventToAppend(
          stream.streamId,
          envelope,
          event,
          index === 0 ? firstId : eventIdFor(envelope.messageId, index),
        ),
      ),
      events,
    );
    return new Acceptance(command.data.tenant, stream, events, eventIds);
  }

  async #expiredRepeat(
    batch: StagedBatch,
    envelope: CommandEnvelope,
    command: Command,
    stream: StagedStream,
    firstId: string,
  ): Promise<Decision> {
    const at = stream.ids.get(firstId)!;
    const last = lastRevisionOf(stream, envelope.messageId);
    const record = (): RecordedOutcome => ({
      status: 'accepted',
      tenant: command.data.tenant,
      streamId: stream.streamId,
      revision: last,
      events: last - at.revision + 1,
      position: 0,
    });
    const repeated = await this.#repeat(batch, envelope.messageId, record());
    return { outcome: () => repeated.outcome(), record };
  }

  /** The `count` events of a stream ending at `revision`, upcast: what an acceptance appended. */
  async eventsOf(streamId: string, revision: number, count: number): Promise<DomainEvent[]> {
    const cached = this.#cache.peek(streamId);
    if (cached && cached.revision >= revision) return cached.events.slice(revision - count + 1, revision + 1);
    const events: DomainEvent[] = [];
    for await (const recorded of this.#store.readStream(streamId, {
      fromRevision: revision - count + 1,
      maxCount: count,
    }))
      events.push(upcastEvent(recorded.type, recorded.schemaVersion, recorded.data));
    return events;
  }

  /**
   * The first outcome the store keeps under a key (`duplicate: false`), with the tenant the command
   * acted for; undefined when none is kept (never decided, or expired: see the README).
   */
  outcomeOf(key: string): Promise<{ tenant: string; outcome: CommandOutcome } | undefined> {
    const next = this.#running.then(async () => {
      const stored = (await this.#store.readOutcomes([key])).get(key);
      if (stored === undefined) return undefined;
      const first = JSON.parse(stored.outcome) as RecordedOutcome;
      const outcome = (
        await this.#repeat(new StagedBatch(this.#cache, this.#store, this.#head), key, first)
      ).outcome();
      return { tenant: first.tenant, outcome: { ...outcome, duplicate: false } };
    });
    this.#running = next.catch(() => undefined);
    return next;
  }

  /** The first outcome again, marked duplicate; an acceptance's events are read from their stream. */
  async #repeat(batch: StagedBatch, messageId: string, first: RecordedOutcome): Promise<Decided> {
    if (first.status === 'rejected') {
      const { status: _status, tenant: _tenant, ...refusal } = first;
      return settled({ status: 'rejected', ...refusal, duplicate: true });
    }
    const stream = await batch.stream(first.streamId);
    const from = first.revision - first.events + 1;
    const eventIds = Array.from({ length: first.events }, (_, index) => eventIdFor(messageId, index));
    const events = stream.events.slice(from, first.revision + 1);
    return {
      outcome: () => ({
        status: 'accepted',
        streamId: first.streamId,
        revision: first.revision,
        position:
          first.events === 0
            ? first.position
            : (stream.ids.get(eventIds.at(-1)!)?.position ?? stream.position),
        eventIds,
        events,
        duplicate: true,
      }),
    };
  }
}

/** A new key's decision, kept for a repeat later in the batch and recorded with the batch. */
const remember = (recording: Recording, key: string, fingerprint: string, decision: Decision): Decision => {
  recording.inBatch.set(key, { fingerprint, decision });
  recording.records.push({ key, fingerprint, outcome: JSON.stringify(decision.record()) });
  return decision;
};

const lastRevisionOf = (stream: StagedStream, messageId: string): number => {
  let last = -1;
  for (let index = 0; ; index++) {
    const at = stream.ids.get(eventIdFor(messageId, index));
    if (at === undefined) return last;
    last = at.revision;
  }
};
