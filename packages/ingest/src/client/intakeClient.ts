import { randomUUID } from 'node:crypto';
import type { Bus, Subscription } from '@gongkai/messaging';
import { encodeIntakeMessage } from '../envelope/encodeIntakeMessage';
import type { IntakeEnvelope } from '../envelope/intakeEnvelope';
import type { IntakeOutcome } from '../topics/messages';
import { IntakeOutcomeSchema } from '../topics/messages';
import type { IntakeTopics } from '../topics/topics';
import { intakeTopics } from '../topics/topics';

export interface IntakeClientOptions {
  bus: Bus;
  /** The source system this client sends as, with its signing key. */
  source: { id: string; key: string };
  /** Default: the standard names, unprefixed. */
  topics?: IntakeTopics;
  /** How long `send` waits for the outcome before answering pending. Default 5 s. */
  timeoutMs?: number;
  /** Outcomes kept for `status`. Default 100,000. */
  remembered?: number;
  /** How long `start` waits to join the outcome topic. Default 30 s. */
  joinTimeoutMs?: number;
}

export type IntakeStatus =
  IntakeOutcome | { status: 'pending'; messageId: string } | { status: 'unknown'; messageId: string };

const keyOf = (source: string, messageId: string) => JSON.stringify([source, messageId]);

/**
 * Sends envelopes to the intake as one source system and hears their outcomes. Each client reads
 * the whole outcome topic in a group of its own, so any replica can tell the outcome of what any
 * replica sent, for the outcomes published while it runs (the last `remembered` of them).
 */
export class IntakeClient {
  readonly #outcomes = new Map<string, IntakeOutcome>();
  readonly #waiting = new Map<string, (outcome: IntakeOutcome) => void>();
  readonly #pending = new Set<string>();
  readonly #timeoutMs: number;
  readonly #remembered: number;
  readonly #topics: IntakeTopics;
  #subscription: Subscription | undefined;

  constructor(private readonly options: IntakeClientOptions) {
    this.#timeoutMs = options.timeoutMs ?? 5_000;
    this.#remembered = options.remembered ?? 100_000;
    this.#topics = options.topics ?? intakeTopics();
  }

  get sourceId(): string {
    return this.options.source.id;
  }

  async start(): Promise<void> {
    this.#subscription = await this.options.bus.subscribe({
      groupId: `gongkai-intake-client-${randomUUID()}`,
      topics: [this.#topics.outcomes],
      fromBeginning: false,
      handleBatch: (batch) => {
        for (const message of batch) this.#hear(message.value);
        return Promise.resolve();
      },
    });
    // Outcomes published before the client holds its partitions would be missed.
    const deadline = Date.now() + (this.options.joinTimeoutMs ?? 30_000);
    while (this.#subscription.assignment().every((assigned) => assigned.partitions.length === 0)) {
      if (Date.now() > deadline)
        throw new Error('The intake client could not join the outcome topic in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    await this.#subscription?.stop();
    this.#subscription = undefined;
  }

  /**
   * Publishes the envelope; resolves with its outcome, or with pending after the timeout. A repeat is
   * always sent: only the ingestor can tell a repeat (answered `duplicate: true`) from another
   * command under the same id (MESSAGE_ID_CONFLICT).
   */
  async send(envelope: IntakeEnvelope): Promise<IntakeStatus> {
    const key = keyOf(envelope.source, envelope.messageId);
    const outcome = new Promise<IntakeOutcome>((resolve) => this.#waiting.set(key, resolve));
    this.#pending.add(key);
    // Bounded like the outcomes: a message whose outcome never came is forgotten after as many others.
    if (this.#pending.size > this.#remembered) this.#pending.delete(this.#pending.values().next().value!);
    await this.options.bus.publish(this.#topics.intake, [
      encodeIntakeMessage(envelope, this.options.source.key),
    ]);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<IntakeStatus>((resolve) => {
      timer = setTimeout(
        () => resolve({ status: 'pending', messageId: envelope.messageId }),
        this.#timeoutMs,
      );
    });
    try {
      return await Promise.race([outcome, timeout]);
    } finally {
      clearTimeout(timer);
      this.#waiting.delete(key);
    }
  }

  status(source: string, messageId: string): IntakeStatus {
    const key = keyOf(source, messageId);
    return this.#outcomes.get(key) ?? { status: this.#pending.has(key) ? 'pending' : 'unknown', messageId };
  }

  #hear(value: Buffer): void {
    let parsed;
    try {
      parsed = IntakeOutcomeSchema.safeParse(JSON.parse(value.toString('utf8')));
    } catch {
      return; // not an outcome this client can read; the ingestor never writes one
    }
    if (!parsed.success) return;
    const outcome = parsed.data;
    const key = keyOf(outcome.source, outcome.messageId);
    // The latest outcome is what `status` tells (a repeat's says `duplicate: true`); a conflict is
    // the answer to the command that conflicted, never the status of the id's first command.
    const conflict = outcome.status === 'rejected' && outcome.code === 'MESSAGE_ID_CONFLICT';
    if (!conflict || !this.#outcomes.has(key)) {
      this.#outcomes.delete(key);
      this.#outcomes.set(key, outcome);
      if (this.#outcomes.size > this.#remembered) this.#outcomes.delete(this.#outcomes.keys().next().value!);
    }
    this.#pending.delete(key);
    this.#waiting.get(key)?.(outcome);
  }
}
