import type { DeadLetterCode } from '../envelope/readIntakeMessage';

/** Where the ingestor's CPU goes, per batch, summed: the benchmark divides it by the messages. */
export type IntakeStage = 'read' | 'verify' | 'decide' | 'encode';
/** Where a batch waits: for the write core (its turn and the decision of its group), for the broker to acknowledge its outcomes. */
export type IntakeWait = 'queue' | 'publish';

export interface PartitionHealth {
  topic: string;
  partition: number;
  /** The next offset to decide (everything before it has its outcome). */
  nextOffset: string;
  /** Messages published after `nextOffset` when the last batch was fetched (-1: unknown). */
  lag: number;
  /** Since when (ms since the epoch) a batch of this partition has been waiting to be decided; null when idle. */
  busySince: number | null;
  /** Publish time of the oldest message not decided yet; null when idle. */
  oldestUndecidedAt: number | null;
  /** Failed attempts of the batch in hand. */
  attempts: number;
}

export interface IntakeHealth {
  ready: boolean;
  /** A partition whose batch has waited longer than this (ms) makes the intake not ready. */
  stuckAfterMs: number;
  stuckPartitions: number[];
  /** Age (ms) of the oldest message not decided yet, across partitions; 0 when idle. */
  oldestUndecidedAgeMs: number;
  partitions: PartitionHealth[];
}

export interface IntakeCounters {
  messages: number;
  accepted: number;
  rejected: number;
  deadLettered: number;
  /** Messages whose outcome or dead letter the broker refused for good: logged, skipped. */
  parked: number;
  batches: number;
  deadLettersByCode: Partial<Record<DeadLetterCode, number>>;
  /** Process CPU (user + system) per stage, seconds. */
  stageCpuSeconds: Record<IntakeStage, number>;
  /** Wall time waited, seconds. */
  waitSeconds: Record<IntakeWait, number>;
}

/** Tracks each partition's progress between the subscription's batches. */
export class PartitionTracker {
  readonly #partitions = new Map<string, PartitionHealth>();

  constructor(
    private readonly stuckAfterMs: number,
    private readonly now: () => number,
  ) {}

  started(
    topic: string,
    partition: number,
    firstOffset: string,
    firstTimestamp: number,
    highWatermark?: string,
  ) {
    const health = this.#of(topic, partition);
    health.nextOffset = firstOffset;
    health.busySince ??= this.now();
    health.oldestUndecidedAt ??= firstTimestamp;
    if (highWatermark !== undefined)
      health.lag = Math.max(0, Number(BigInt(highWatermark) - BigInt(firstOffset)));
  }

  failed(topic: string, partition: number): void {
    this.#of(topic, partition).attempts++;
  }

  done(topic: string, partition: number, lastOffset: string, highWatermark?: string): void {
    const health = this.#of(topic, partition);
    health.nextOffset = (BigInt(lastOffset) + 1n).toString();
    health.busySince = null;
    health.oldestUndecidedAt = null;
    health.attempts = 0;
    if (highWatermark !== undefined)
      health.lag = Math.max(0, Number(BigInt(highWatermark) - BigInt(health.nextOffset)));
  }

  health(running: boolean): IntakeHealth {
    const now = this.now();
    const partitions = [...this.#partitions.values()]
      .map((health) => ({ ...health }))
      .sort((a, b) => a.partition - b.partition);
    const stuckPartitions = partitions
      .filter((health) => health.busySince !== null && now - health.busySince > this.stuckAfterMs)
      .map((health) => health.partition);
    const oldest = Math.min(
      ...partitions.map((health) => health.oldestUndecidedAt ?? Number.POSITIVE_INFINITY),
    );
    return {
      ready: running && stuckPartitions.length === 0,
      stuckAfterMs: this.stuckAfterMs,
      stuckPartitions,
      oldestUndecidedAgeMs: Number.isFinite(oldest) ? Math.max(0, now - oldest) : 0,
      partitions,
    };
  }

  #of(topic: string, partition: number): PartitionHealth {
    const key = `${topic}\u0000${partition}`;
    let health = this.#partitions.get(key);
    if (!health) {
      health = {
        topic,
        partition,
        nextOffset: '0',
        lag: -1,
        busySince: null,
        oldestUndecidedAt: null,
        attempts: 0,
      };
      this.#partitions.set(key, health);
    }
    return health;
  }
}

const escapeLabel = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

const metric = (name: string, type: 'counter' | 'gauge', help: string, samples: [string, number][]): string =>
  [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} ${type}`,
    ...samples.map(([labels, value]) => `${name}${labels} ${value}`),
  ].join('\n');

/** The intake's figures in the Prometheus text format, appended to a process's `/metrics`. */
export const intakeMetricsText = (counters: IntakeCounters, health: IntakeHealth): string =>
  [
    metric(
      'gongkai_intake_messages_total',
      'counter',
      'Intake messages handled, by what became of them',
      (['accepted', 'rejected', 'deadLettered', 'parked'] as const).map((status) => [
        `{status="${status}"}`,
        counters[status],
      ]),
    ),
    metric(
      'gongkai_intake_batches_total',
      'counter',
      'Partition batches handled (messages per batch: the messages total over this)',
      [['', counters.batches]],
    ),
    metric(
      'gongkai_intake_dead_letters_total',
      'counter',
      'Dead letters by code',
      Object.entries(counters.deadLettersByCode).map(([code, count]) => [
        `{code="${escapeLabel(code)}"}`,
        count,
      ]),
    ),
    metric(
      'gongkai_intake_consumer_lag',
      'gauge',
      'Messages published to an intake partition and not decided yet (as of its last batch)',
      health.partitions
        .filter((partition) => partition.lag >= 0)
        .map((partition) => [
          `{topic="${escapeLabel(partition.topic)}",partition="${partition.partition}"}`,
          partition.lag,
        ]),
    ),
    metric(
      'gongkai_intake_oldest_undecided_seconds',
      'gauge',
      'Age of the oldest intake message not decided yet (0 when idle)',
      [['', health.oldestUndecidedAgeMs / 1000]],
    ),
    metric(
      'gongkai_intake_stuck_partitions',
      'gauge',
      `Intake partitions whose batch has waited longer than ${health.stuckAfterMs} ms`,
      [['', health.stuckPartitions.length]],
    ),
    metric(
      'gongkai_intake_stage_cpu_seconds_total',
      'counter',
      'Process CPU (user + system) the ingestor spent in each stage of its batches',
      Object.entries(counters.stageCpuSeconds).map(([stage, seconds]) => [`{stage="${stage}"}`, seconds]),
    ),
    metric(
      'gongkai_intake_wait_seconds_total',
      'counter',
      "Time batches waited: for the write core's turn and decision (queue), for the broker's acknowledgement (publish)",
      Object.entries(counters.waitSeconds).map(([wait, seconds]) => [`{wait="${wait}"}`, seconds]),
    ),
  ].join('\n') + '\n';
