import type { Bus, Subscription } from '@gongkai/messaging';
import type { ProjectionStatus } from '@gongkai/projections';
import { ProjectionRunner, createProjectors, projectionContextFor } from '@gongkai/projections';
import type { Logger } from 'pino';
import type { PlatformStack } from './stack';

/** The topic whose partitions stand for the projection shards: its consumer group hands them out. */
export const PROJECTION_SHARDS_TOPIC = 'gongkai.projection-shards';
/** Followed by the read models' database: `gongkai-project.<database>`. */
export const PROJECT_GROUP = 'gongkai-project';

/** How often a projector process looks at which shards the group gave it. */
const RECONCILE_INTERVAL_MS = 250;
const RESTART_BACKOFF_MS = { initial: 1_000, max: 30_000 };

export interface RunningProjections {
  /** The shards this process projects now (every shard when unsharded: `[0]` of 1). */
  shards(): readonly number[];
  state(): ProjectionStatus['state'];
  /** Events behind the head: of this process's shards when sharded, else of every projector. */
  lag(): Promise<number>;
  /** Resolves once this process's projectors committed `position` (unsharded only: tests, seeding). */
  waitFor(position: number): Promise<void>;
  stop(): Promise<void>;
}

const runnerFor = (stack: PlatformStack, shards: readonly number[] | undefined, logger: Logger) => {
  const context = projectionContextFor(stack.directory);
  const layout = stack.shards;
  const projectors =
    layout && shards
      ? shards.flatMap((index) => createProjectors(context, { shard: { index, count: layout.count } }))
      : createProjectors(context);
  return new ProjectionRunner({
    eventStore: stack.eventStore,
    readModelStore: stack.readModelStore,
    projectors,
    onError: (error: unknown) => logger.error({ err: error, shards }, 'projection runner stopped'),
  });
};

/**
 * Keeps the read models current from the checkpoints onward. Embedded (SQLite read models): one
 * runner for every projector. Shared read models (MongoDB): the process joins the projectors'
 * consumer group on the shards topic, and projects the shards whose partitions it is assigned;
 * when the group rebalances (a process joins, leaves or dies) it hands shards over. A shard briefly
 * projected by two processes during a rebalance is harmless: both write the same documents at the
 * same positions, and every write is guarded by the document's position.
 */
export const startProjections = async (options: {
  stack: PlatformStack;
  bus: Bus;
  topicPrefix: string;
  logger: Logger;
}): Promise<RunningProjections> => {
  const { stack, bus, logger } = options;
  const layout = stack.shards;
  if (!layout) {
    const runner = runnerFor(stack, undefined, logger);
    await runner.start();
    return {
      shards: () => [0],
      state: () => runner.status().state,
      lag: () => runner.lag(),
      waitFor: (position) => runner.waitFor(position),
      stop: () => runner.stop(),
    };
  }
  return ShardedProjections.start(stack, bus, options.topicPrefix, layout.count, logger);
};

class ShardedProjections implements RunningProjections {
  private runner: ProjectionRunner | undefined;
  private owned: number[] = [];
  private subscription: Subscription | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reconciling: Promise<void> = Promise.resolve();
  private failures = 0;
  private retryAt = 0;
  private stopped = false;

  private constructor(
    private readonly stack: PlatformStack,
    private readonly topic: string,
    private readonly count: number,
    private readonly logger: Logger,
  ) {}

  static async start(
    stack: PlatformStack,
    bus: Bus,
    prefix: string,
    count: number,
    logger: Logger,
  ): Promise<ShardedProjections> {
    const topic = `${prefix}${PROJECTION_SHARDS_TOPIC}`;
    const projections = new ShardedProjections(stack, topic, count, logger);
    await bus.ensureTopics([{ topic, partitions: count }]);
    // Nothing is ever published on the topic: the group exists to share its partitions out, among
    // the projectors of one database (those of another database must not take its shards).
    projections.subscription = await bus.subscribe({
      groupId: `${prefix}${PROJECT_GROUP}.${stack.config.mongodb?.database ?? 'embedded'}`,
      topics: [topic],
      handleBatch: () => Promise.resolve(),
    });
    projections.timer = setInterval(() => projections.reconcileSoon(), RECONCILE_INTERVAL_MS);
    projections.reconcileSoon();
    return projections;
  }

  shards(): readonly number[] {
    return this.owned;
  }

  state(): ProjectionStatus['state'] {
    if (this.stopped) return 'stopped';
    return this.runner?.status().state ?? 'running';
  }

  async lag(): Promise<number> {
    if (!this.runner) return 0;
    return this.runner.lag();
  }

  waitFor(position: number): Promise<void> {
    return this.runner ? this.runner.waitFor(position) : Promise.resolve();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    await this.reconciling;
    await this.runner?.stop();
    this.runner = undefined;
    await this.subscription?.stop();
  }

  private reconcileSoon(): void {
    this.reconciling = this.reconciling
      .then(() => this.reconcile())
      .catch((error: unknown) => this.logger.error({ err: error }, 'projection shards: reconcile failed'));
  }

  private assigned(): number[] {
    const partitions = (this.subscription?.assignment() ?? [])
      .filter((assignment) => assignment.topic === this.topic)
      .flatMap((assignment) => assignment.partitions);
    const outside = partitions.filter((partition) => partition >= this.count);
    if (outside.length > 0)
      this.logger.error(
        { topic: this.topic, partitions: outside, shards: this.count },
        'the shards topic has more partitions than GONGKAI_PROJECTION_SHARDS; those partitions are not projected',
      );
    return partitions.filter((partition) => partition < this.count).sort((a, b) => a - b);
  }

  private async reconcile(): Promise<void> {
    if (this.stopped) return;
    const shards = this.assigned();
    const failed = this.runner?.status().state === 'failed';
    const same = shards.length === this.owned.length && shards.every((shard, i) => shard === this.owned[i]);
    if (same && !failed) return;
    if (failed && Date.now() < this.retryAt) return;
    await this.runner?.stop();
    this.runner = undefined;
    if (failed) {
      this.failures++;
      const delay = Math.min(RESTART_BACKOFF_MS.initial * 2 ** (this.failures - 1), RESTART_BACKOFF_MS.max);
      this.retryAt = Date.now() + delay;
    } else {
      this.failures = 0;
    }
    this.owned = shards;
    this.logger.info({ shards, of: this.count }, 'projecting shards');
    if (shards.length === 0) return;
    const runner = runnerFor(this.stack, shards, this.logger);
    this.runner = runner;
    await runner.start();
  }
}
