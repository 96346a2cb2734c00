import { handleWithRedelivery } from '../handling';
import type { BatchControl, BusMessage, PartitionAssignment } from '../port';
import type { Member } from './member';
import { Signal } from '../handling';

export interface GroupLogs {
  /** The partitions of a topic, each an append-only array of messages. */
  partitionsOf(topic: string): BusMessage[][];
}

/**
 * A consumer group in memory: one worker per topic-partition hands batches to whichever member owns
 * the partition at that moment, so a batch in flight always finishes with its owner before the
 * partition moves (as Kafka's eager rebalance does), and order within a partition is kept.
 */
export class InProcessGroup {
  readonly #committed = new Map<string, number>();
  readonly #members: Member[] = [];
  readonly #workers = new Set<string>();
  readonly #signal = new Signal();
  #closed = false;

  constructor(
    readonly groupId: string,
    private readonly logs: GroupLogs,
    private readonly maxBatchSize: number,
  ) {}

  join(member: Member): void {
    this.#members.push(member);
    for (const topic of member.options.topics) {
      this.logs.partitionsOf(topic).forEach((_, partition) => this.#startWorker(topic, partition));
    }
    this.notify();
  }

  async leave(member: Member): Promise<void> {
    member.stopping = true;
    this.notify();
    await member.drained();
    const index = this.#members.indexOf(member);
    if (index >= 0) this.#members.splice(index, 1);
    this.notify();
  }

  notify(): void {
    this.#signal.notify();
  }

  close(): void {
    this.#closed = true;
    this.notify();
  }

  assignmentOf(member: Member): PartitionAssignment[] {
    if (!this.#members.includes(member)) return [];
    return member.options.topics.map((topic) => ({
      topic,
      partitions: this.logs
        .partitionsOf(topic)
        .map((_, partition) => partition)
        .filter((partition) => this.#ownerOf(topic, partition) === member),
    }));
  }

  /** Members split a topic's partitions round-robin, in the order they joined. */
  #ownerOf(topic: string, partition: number): Member | undefined {
    const members = this.#members.filter((member) => member.subscribes(topic));
    return members.length === 0 ? undefined : members[partition % members.length];
  }

  #startWorker(topic: string, partition: number): void {
    const key = `${topic}\u0000${partition}`;
    if (this.#workers.has(key)) return;
    this.#workers.add(key);
    void this.#work(topic, partition, key);
  }

  async #work(topic: string, partition: number, key: string): Promise<void> {
    const log = this.logs.partitionsOf(topic)[partition]!;
    while (!this.#closed) {
      const owner = this.#ownerOf(topic, partition);
      if (owner === undefined || !owner.ready()) {
        await this.#signal.wait();
        continue;
      }
      const position = this.#positionOf(key, owner, log);
      if (position >= log.length) {
        await this.#signal.wait();
        // Group commit: the messages that requests read in this turn of the event loop send are
        // handled as one batch, not one batch each (50 concurrent clients shared no commit before).
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      const batch = log.slice(position, position + this.maxBatchSize);
      owner.inFlight++;
      try {
        const control: BatchControl = {
          topic,
          partition,
          heartbeat: () => Promise.resolve(),
          highWatermark: String(log.length),
        };
        const keepGoing = () => !this.#closed && !owner.stopping && this.#ownerOf(topic, partition) === owner;
        if (await handleWithRedelivery(batch, control, owner.options, keepGoing))
          this.#committed.set(key, position + batch.length);
      } finally {
        owner.release();
        this.notify();
      }
    }
  }

  /** The committed offset; a group new to the partition starts at the start or the end of the log. */
  #positionOf(key: string, owner: Member, log: BusMessage[]): number {
    let position = this.#committed.get(key);
    if (position === undefined) {
      position = owner.options.fromBeginning ? 0 : log.length;
      this.#committed.set(key, position);
    }
    return position;
  }
}
