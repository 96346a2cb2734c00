import { createHash } from 'node:crypto';
import type { CommandEnvelope, CommandOutcome } from '@gongkai/command-handling';
import { idempotencyKey } from '@gongkai/command-handling';
import type { BatchControl, Bus, BusMessage, OutgoingMessage, Subscription } from '@gongkai/messaging';
import { isInvalidBusRequestError, isMessageRefusedError } from '@gongkai/messaging';
import type { IntakeReading } from '../envelope/readIntakeMessage';
import { readIntakeMessage } from '../envelope/readIntakeMessage';
import type { IntakeEnvelope } from '../envelope/intakeEnvelope';
import type { SourceRegistry } from '../sources/sourceRegistry';
import type { DeadLetter, IntakeOutcome } from '../topics/messages';
import { DEAD_LETTER_PREFIX_BYTES } from '../topics/messages';
import type { IntakeTopics } from '../topics/topics';
import { intakeTopics, SIGNATURE_HEADER } from '../topics/topics';
import type { IntakeCounters, IntakeHealth, IntakeStage, IntakeWait } from './intakeHealth';
import { PartitionTracker } from './intakeHealth';

export interface IngestLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** A partition whose batch has waited this long (a message retried, the store down) makes the intake not ready. */
export const DEFAULT_STUCK_AFTER_MS = 60_000;

export interface IngestorOptions {
  bus: Bus;
  /** The write core (`WriteCore`): decides and stores a batch, one outcome per command. */
  core: { handleBatch(envelopes: readonly CommandEnvelope[]): Promise<CommandOutcome[]> };
  registry: SourceRegistry;
  /** Default: the standard names, unprefixed. */
  topics?: IntakeTopics;
  groupId?: string;
  /**
   * Partitions handled at the same time (default 4). The core decides one group at a time (the
   * batches that waited for it, together), but a batch's outcome publish and offset commit wait on
   * the broker: overlapping them with the next partition's decision cut the p50 from produce to
   * visible by a fifth here.
   */
  concurrency?: number;
  clock?: () => Date;
  logger?: IngestLogger;
  /** Default DEFAULT_STUCK_AFTER_MS. */
  stuckAfterMs?: number;
  /**
   * Count the process CPU of each stage (`stats.stageCpuSeconds`). Two getrusage calls a stage: worth
   * it on Kafka's batches of hundreds, not on the embedded bus's batches of one. Default false.
   */
  timeStages?: boolean;
}

/**
 * The core's key of an intake message: its source, the acting principal (tenant and id) and the
 * message id. Two sources, or two principals of one source, never share a key.
 */
export const intakeKey = (envelope: Pick<IntakeEnvelope, 'source' | 'actor' | 'messageId'>): string =>
  idempotencyKey({
    entry: envelope.source,
    tenant: envelope.actor.tenant,
    principal: envelope.actor.id,
    messageId: envelope.messageId,
  });

const toCommandEnvelope = (envelope: IntakeEnvelope, command: CommandEnvelope['command']) =>
  ({
    messageId: intakeKey(envelope),
    command,
    parsed: true,
    actor: envelope.actor,
    occurredAt: envelope.occurredAt,
    correlationId: envelope.correlationId ?? envelope.messageId,
    causationId: envelope.causationId ?? envelope.messageId,
  }) satisfies CommandEnvelope;

/** The key must be the envelope's tenant: Kafka orders a tenant's messages only within the partition its key picks. */
const keyRefusal = (key: string | null, tenant: string) =>
  key === tenant
    ? undefined
    : {
        code: 'INTAKE_KEY_MISMATCH',
        reason: `The Kafka key is ${key === null ? 'missing' : JSON.stringify(key.slice(0, 64))}; key every intake message by its envelope's tenant (${tenant}), with the murmur2 partitioner (librdkafka: partitioner=murmur2_random), and send it again`,
      };

type Slot =
  | { kind: 'outcome'; outcome: IntakeOutcome }
  | { kind: 'command'; envelope: IntakeEnvelope; index: number }
  | { kind: 'deadLetter' };

/**
 * The intake's consumer: reads a partition's batch, validates every message, checks its source,
 * decides and stores the commands in one go, then publishes one outcome per message (and the
 * unreadable ones to the dead-letter topic). Only then does the bus commit the batch: a crash
 * anywhere before gets the batch again, which is answered from what was stored the first time.
 */
export class Ingestor {
  readonly stats: IntakeCounters = {
    messages: 0,
    accepted: 0,
    rejected: 0,
    deadLettered: 0,
    parked: 0,
    batches: 0,
    deadLettersByCode: {},
    stageCpuSeconds: { read: 0, verify: 0, decide: 0, encode: 0 },
    waitSeconds: { queue: 0, publish: 0 },
  };
  #subscription: Subscription | undefined;
  readonly #clock: () => Date;
  readonly #topics: IntakeTopics;
  readonly #tracker: PartitionTracker;
  /** Batches waiting for the core, decided together as the next group. */
  readonly #waiting: {
    commands: CommandEnvelope[];
    resolve: (outcomes: CommandOutcome[]) => void;
    reject: (error: unknown) => void;
  }[] = [];
  #deciding = false;

  constructor(private readonly options: IngestorOptions) {
    this.#clock = options.clock ?? (() => new Date());
    this.#topics = options.topics ?? intakeTopics();
    this.#tracker = new PartitionTracker(options.stuckAfterMs ?? DEFAULT_STUCK_AFTER_MS, () =>
      this.#clock().getTime(),
    );
  }

  /** Ready unless a partition is stuck; with each partition's lag and the oldest undecided message. */
  health(): IntakeHealth {
    return this.#tracker.health(this.#subscription !== undefined);
  }

  async start(): Promise<void> {
    this.#subscription = await this.options.bus.subscribe({
      groupId: this.options.groupId ?? this.#topics.ingestGroup,
      topics: [this.#topics.intake],
      fromBeginning: true,
      concurrency: this.options.concurrency ?? 4,
      handleBatch: (batch, control) => this.handleBatch(batch, control),
      onHandlerError: ({ error, topic, partition, firstOffset, attempt }) => {
        this.#tracker.failed(topic, partition);
        this.options.logger?.warn(
          { err: error, partition, firstOffset, attempt },
          'intake batch failed; it will be delivered again',
        );
      },
    });
  }

  async stop(): Promise<void> {
    await this.#subscription?.stop();
    this.#subscription = undefined;
  }

  pause(): void {
    this.#subscription?.pause();
  }

  resume(): void {
    this.#subscription?.resume();
  }

  /** Exposed for the tests of one batch; the subscription calls it. */
  async handleBatch(
    batch: readonly BusMessage[],
    control?: Pick<BatchControl, 'highWatermark'>,
  ): Promise<void> {
    const first = batch[0];
    if (first === undefined) return;
    this.#tracker.started(
      first.topic,
      first.partition,
      first.offset,
      first.timestamp,
      control?.highWatermark,
    );
    const decidedAt = this.#clock().toISOString();
    const watch = this.options.timeStages ? stopwatch(this.stats) : undefined;
    const stage = (name: IntakeStage) => watch?.stage(name);
    const waited = (name: IntakeWait) => watch?.waited(name);
    const readings = batch.map((message) => readIntakeMessage(message.value));
    stage('read');
    const deadLetters: OutgoingMessage[] = [];
    const commands: CommandEnvelope[] = [];
    const slots = batch.map((message, n): Slot => {
      const reading = readings[n]!;
      if (reading.kind === 'unreadable') {
        deadLetters.push(deadLetterOf(message, reading, decidedAt));
        this.stats.deadLettersByCode[reading.code] = (this.stats.deadLettersByCode[reading.code] ?? 0) + 1;
        return { kind: 'deadLetter' };
      }
      const { envelope, command } = reading;
      const refusal =
        this.options.registry.refusal(
          { value: message.value, signature: message.headers[SIGNATURE_HEADER] },
          { source: envelope.source, tenant: envelope.tenant, actorTenant: envelope.actor.tenant },
        ) ?? keyRefusal(message.key, envelope.tenant);
      if (refusal) {
        return {
          kind: 'outcome',
          outcome: { ...header(envelope, decidedAt), status: 'rejected', ...refusal, duplicate: false },
        };
      }
      commands.push(toCommandEnvelope(envelope, command));
      return { kind: 'command', envelope, index: commands.length - 1 };
    });
    stage('verify');

    // The core decides one group at a time: the partitions' batches that wait for it meanwhile go
    // together, in one core batch and one commit. Its CPU is counted once, as `decide`, by `#decideGroups`.
    const decided = commands.length > 0 ? await this.#decideGrouped(commands) : [];
    waited('queue');
    const outcomes = slots.flatMap((slot): IntakeOutcome[] => {
      if (slot.kind === 'deadLetter') return [];
      if (slot.kind === 'outcome') return [slot.outcome];
      return [outcomeOf(slot.envelope, decided[slot.index]!, decidedAt)];
    });
    const outcomeMessages = outcomes.map((outcome) => ({
      key: outcome.tenant,
      value: JSON.stringify(outcome),
    }));
    stage('encode');

    await this.#publishOrPark(this.#topics.deadLetters, deadLetters);
    await this.#publishOrPark(this.#topics.outcomes, outcomeMessages);
    waited('publish');
    this.#count(outcomes, deadLetters.length, batch.length);
    this.#tracker.done(first.topic, first.partition, batch.at(-1)!.offset, control?.highWatermark);
  }

  /** The commands of one partition's batch, decided with whatever other batches wait for the core. */
  #decideGrouped(commands: CommandEnvelope[]): Promise<CommandOutcome[]> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ commands, resolve, reject });
      if (!this.#deciding) void this.#decideGroups();
    });
  }

  async #decideGroups(): Promise<void> {
    this.#deciding = true;
    while (this.#waiting.length > 0) {
      const group = this.#waiting.splice(0);
      const cpu = this.options.timeStages ? cpuSeconds() : 0;
      try {
        const outcomes = await this.options.core.handleBatch(group.flatMap((batch) => batch.commands));
        let offset = 0;
        for (const batch of group) {
          batch.resolve(outcomes.slice(offset, offset + batch.commands.length));
          offset += batch.commands.length;
        }
      } catch (error) {
        // Every batch of the group is delivered again; what was stored answers the repeat.
        for (const batch of group) batch.reject(error);
      }
      if (this.options.timeStages) this.stats.stageCpuSeconds.decide += cpuSeconds() - cpu;
    }
    this.#deciding = false;
  }

  /**
   * A publish the broker refuses for the messages themselves cannot succeed on redelivery: find the
   * refused ones (one at a time), log and count them as parked, and let the partition move on.
   * Any other failure (the broker away) throws: the batch is delivered again.
   */
  async #publishOrPark(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    try {
      await this.options.bus.publish(topic, messages);
      return;
    } catch (error) {
      if (!isRefusedForGood(error)) throw error;
    }
    for (const message of messages) {
      try {
        await this.options.bus.publish(topic, [message]);
      } catch (error) {
        if (!isRefusedForGood(error)) throw error;
        this.stats.parked++;
        this.options.logger?.error(
          {
            err: error,
            topic,
            key: message.key,
            bytes: Buffer.byteLength(message.value),
            value: String(message.value).slice(0, 512),
          },
          'the broker refused an intake outcome or dead letter for good; parked it and moved on',
        );
      }
    }
  }

  #count(outcomes: readonly IntakeOutcome[], deadLettered: number, messages: number): void {
    this.stats.batches++;
    this.stats.messages += messages;
    this.stats.deadLettered += deadLettered;
    for (const outcome of outcomes) this.stats[outcome.status]++;
  }
}

const isRefusedForGood = (error: unknown) => isMessageRefusedError(error) || isInvalidBusRequestError(error);

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/**
 * Adds the CPU since the previous mark to a stage, or the wall time to a wait. CPU, not wall time:
 * on a busy machine a stage's wall time counts the time the process was not even running.
 */
const stopwatch = (counters: Pick<IntakeCounters, 'stageCpuSeconds' | 'waitSeconds'>) => {
  let cpu = cpuSeconds();
  let wall = performance.now();
  const mark = () => {
    cpu = cpuSeconds();
    wall = performance.now();
  };
  return {
    stage(stage: IntakeStage) {
      const now = cpuSeconds();
      counters.stageCpuSeconds[stage] += now - cpu;
      cpu = now;
      wall = performance.now();
    },
    waited(wait: IntakeWait) {
      counters.waitSeconds[wait] += (performance.now() - wall) / 1000;
      mark();
    },
  };
};

const header = (envelope: IntakeEnvelope, decidedAt: string) => ({
  specVersion: 1 as const,
  messageId: envelope.messageId,
  tenant: envelope.tenant,
  source: envelope.source,
  decidedAt,
});

/** The core's outcome in the outcome topic's format (contracts/): no events, no details. */
const outcomeOf = (envelope: IntakeEnvelope, decided: CommandOutcome, decidedAt: string): IntakeOutcome => {
  if (decided.status === 'accepted') {
    const { streamId, revision, position, eventIds, duplicate } = decided;
    return {
      ...header(envelope, decidedAt),
      status: 'accepted',
      streamId,
      revision,
      position,
      eventIds,
      duplicate,
    };
  }
  const { code, reason, duplicate } = decided;
  return { ...header(envelope, decidedAt), status: 'rejected', code, reason, duplicate };
};

const MAX_KEY_CHARS = 256;
const MAX_HEADERS = 16;
const MAX_HEADER_CHARS = 256;

const boundedHeaders = (headers: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers)
      .slice(0, MAX_HEADERS)
      .map(([name, value]) => [name.slice(0, MAX_HEADER_CHARS), value.slice(0, MAX_HEADER_CHARS)]),
  );

/**
 * A dead letter always fits on its topic: where the original is (topic, partition, offset), its
 * size and SHA-256, and a bounded prefix of its bytes, never a copy of a message of any size.
 */
const deadLetterOf = (
  message: BusMessage,
  reading: Extract<IntakeReading, { kind: 'unreadable' }>,
  deadLetteredAt: string,
): OutgoingMessage => {
  const letter: DeadLetter = {
    specVersion: 1,
    code: reading.code,
    reason: reading.reason.slice(0, 1000),
    issues: reading.issues.map((issue) => issue.slice(0, 500)),
    messageId: reading.messageId,
    original: {
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      key: message.key === null ? null : message.key.slice(0, MAX_KEY_CHARS),
      headers: boundedHeaders(message.headers),
      size: message.value.length,
      sha256: createHash('sha256').update(message.value).digest('hex'),
      valuePrefixBase64: message.value.subarray(0, DEAD_LETTER_PREFIX_BYTES).toString('base64'),
    },
    deadLetteredAt,
  };
  return { key: letter.original.key, value: JSON.stringify(letter) };
};
