import type { CommandEnvelope, CommandOutcome } from '@gongkai/command-handling';
import { idempotencyKey } from '@gongkai/command-handling';
import type { Bus, BusMessage, OutgoingMessage, Subscription } from '@gongkai/messaging';
import { readIntakeMessage } from '../envelope/readIntakeMessage';
import type { IntakeEnvelope } from '../envelope/intakeEnvelope';
import type { SourceRegistry } from '../sources/sourceRegistry';
import type { DeadLetter, IntakeOutcome } from '../topics/messages';
import type { IntakeTopics } from '../topics/topics';
import { intakeTopics, SIGNATURE_HEADER } from '../topics/topics';

export interface IngestLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface IngestorOptions {
  bus: Bus;
  /** The write core (`WriteCore`): decides and stores a batch, one outcome per command. */
  core: { handleBatch(envelopes: readonly CommandEnvelope[]): Promise<CommandOutcome[]> };
  registry: SourceRegistry;
  /** Default: the standard names, unprefixed. */
  topics?: IntakeTopics;
  groupId?: string;
  /**
   * Partitions handled at the same time (default 4). The handler decides one batch at a time, but a
   * batch's outcome publish and offset commit wait on the broker: overlapping them with the next
   * partition's decision cut the p50 from produce to visible by a fifth here.
   */
  concurrency?: number;
  clock?: () => Date;
  logger?: IngestLogger;
}

export interface IngestStats {
  messages: number;
  accepted: number;
  rejected: number;
  deadLettered: number;
  batches: number;
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
  readonly stats: IngestStats = { messages: 0, accepted: 0, rejected: 0, deadLettered: 0, batches: 0 };
  #subscription: Subscription | undefined;
  readonly #clock: () => Date;
  readonly #topics: IntakeTopics;

  constructor(private readonly options: IngestorOptions) {
    this.#clock = options.clock ?? (() => new Date());
    this.#topics = options.topics ?? intakeTopics();
  }

  async start(): Promise<void> {
    this.#subscription = await this.options.bus.subscribe({
      groupId: this.options.groupId ?? this.#topics.ingestGroup,
      topics: [this.#topics.intake],
      fromBeginning: true,
      concurrency: this.options.concurrency ?? 4,
      handleBatch: (batch) => this.handleBatch(batch),
      onHandlerError: ({ error, partition, firstOffset, attempt }) =>
        this.options.logger?.warn(
          { err: error, partition, firstOffset, attempt },
          'intake batch failed; it will be delivered again',
        ),
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
  async handleBatch(batch: readonly BusMessage[]): Promise<void> {
    const decidedAt = this.#clock().toISOString();
    const deadLetters: OutgoingMessage[] = [];
    const commands: CommandEnvelope[] = [];
    const slots = batch.map((message): Slot => {
      const reading = readIntakeMessage(message.value);
      if (reading.kind === 'unreadable') {
        deadLetters.push(deadLetterOf(message, reading, decidedAt));
        return { kind: 'deadLetter' };
      }
      const { envelope, command } = reading;
      const refusal = this.options.registry.refusal(
        { value: message.value, signature: message.headers[SIGNATURE_HEADER] },
        { source: envelope.source, tenant: envelope.tenant, actorTenant: envelope.actor.tenant },
      );
      if (refusal) {
        return {
          kind: 'outcome',
          outcome: { ...header(envelope, decidedAt), status: 'rejected', ...refusal, duplicate: false },
        };
      }
      commands.push(toCommandEnvelope(envelope, command));
      return { kind: 'command', envelope, index: commands.length - 1 };
    });

    const decided = commands.length > 0 ? await this.options.core.handleBatch(commands) : [];
    const outcomes = slots.flatMap((slot): IntakeOutcome[] => {
      if (slot.kind === 'deadLetter') return [];
      if (slot.kind === 'outcome') return [slot.outcome];
      return [outcomeOf(slot.envelope, decided[slot.index]!, decidedAt)];
    });

    if (deadLetters.length > 0) await this.options.bus.publish(this.#topics.deadLetters, deadLetters);
    if (outcomes.length > 0) {
      await this.options.bus.publish(
        this.#topics.outcomes,
        outcomes.map((outcome) => ({ key: outcome.tenant, value: JSON.stringify(outcome) })),
      );
    }
    this.#count(outcomes, deadLetters.length, batch.length);
  }

  #count(outcomes: readonly IntakeOutcome[], deadLettered: number, messages: number): void {
    this.stats.batches++;
    this.stats.messages += messages;
    this.stats.deadLettered += deadLettered;
    for (const outcome of outcomes) this.stats[outcome.status]++;
  }
}

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

const deadLetterOf = (
  message: BusMessage,
  reading: Extract<ReturnType<typeof readIntakeMessage>, { kind: 'unreadable' }>,
  deadLetteredAt: string,
): OutgoingMessage => {
  const letter: DeadLetter = {
    specVersion: 1,
    code: reading.code,
    reason: reading.reason,
    issues: reading.issues,
    messageId: reading.messageId,
    original: {
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      key: message.key,
      headers: message.headers,
      valueBase64: message.value.toString('base64'),
    },
    deadLetteredAt,
  };
  return { key: message.key, value: JSON.stringify(letter) };
};
