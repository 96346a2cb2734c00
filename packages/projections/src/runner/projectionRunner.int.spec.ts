import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Command } from '@gongkai/domain';
import { officialWorkingDayCalendar } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import { acceptedOrThrow, WriteCore } from '@gongkai/command-handling';
import type { ReadModelStore } from '../readModelStore';
import { createProjectors } from '../projectors';
import { toProjectedEvent } from '../projectors/readEvent';
import type { Projector } from '../projectors/types';
import { collectionsOf } from '../projectors/types';
import { rebuildProjections } from '../rebuild/rebuild';
import {
  actors,
  commands,
  completeStandard,
  context,
  DAOLI,
  directory,
  registerDaoli,
} from '../testing/testPlatform';
import { createTestReadModelStore } from '../testing/testReadModelStore';
import { applyBatch } from './applyBatch';
import { ProjectionRunner } from './projectionRunner';

let eventStore: EventStore;
let readModelStore: ReadModelStore;
let core: WriteCore;
let runner: ProjectionRunner | undefined;
let sequence = 0;

const send = async (command: Command, actor: Actor, on: string): Promise<number> =>
  acceptedOrThrow(
    await core.handle({
      messageId: `runner-spec-${++sequence}`,
      command,
      actor,
      occurredAt: `${on}T09:00:00+08:00`,
    }),
  ).position;

/** 道里区 registers and drafts, defines and publishes `count` items. */
const someHistory = async (from: number, count: number): Promise<void> => {
  const county = actors.county(DAOLI);
  for (let index = from; index < from + count; index++) {
    const itemId = `item-${index}`;
    await send(
      commands.draft(DAOLI, itemId, 'compulsory-education', '2018-03-01', `事项${index}`),
      county,
      '2018-03-01',
    );
    await send(commands.define(DAOLI, itemId, completeStandard(), '2018-03-02'), county, '2018-03-02');
    await send(commands.publish(DAOLI, itemId, '2018-03-05'), county, '2018-03-05');
  }
};

const startRunner = async (options: { projectors?: Projector[]; maxBatchSize?: number } = {}) => {
  const started = new ProjectionRunner({
    eventStore,
    readModelStore,
    projectors: options.projectors ?? createProjectors(context),
    maxBatchSize: options.maxBatchSize ?? 1_000,
    maxBatchDelayMs: 5,
  });
  await started.start();
  runner = started;
  return started;
};

const snapshot = async (store: ReadModelStore) =>
  Object.fromEntries(
    await Promise.all(
      collectionsOf(createProjectors(context)).map(
        async (collection) =>
          [collection, await store.find(collection, { sort: [{ field: '_id' }] })] as const,
      ),
    ),
  );

const rebuiltSnapshot = async () => {
  const rebuilt = await createTestReadModelStore();
  await rebuildProjections({ eventStore, readModelStore: rebuilt, projectors: createProjectors(context) });
  const documents = await snapshot(rebuilt);
  await rebuilt.close();
  return documents;
};

beforeEach(async () => {
  eventStore = openSqliteEventStore({ fileName: ':memory:' });
  readModelStore = await createTestReadModelStore();
  core = new WriteCore({ eventStore, directory, calendar: officialWorkingDayCalendar });
  await registerDaoli(send);
});
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
  await readModelStore.close();
  await eventStore.close();
});

describe('the projection runner', () => {
  it('catches up from an empty read side, then follows new events as they are appended', async () => {
    await someHistory(0, 3);
    const started = await startRunner();
    await started.waitFor(await eventStore.headPosition());
    await someHistory(3, 2);
    await started.waitFor(await eventStore.headPosition());
    expect(await readModelStore.count('catalogueItems')).toBe(5);
    expect(await started.lag()).toBe(0);
    expect(await snapshot(readModelStore)).toEqual(await rebuiltSnapshot());
  });

  it('lands events in batches no larger than asked, each with the checkpoint', async () => {
    await someHistory(0, 4);
    const batches: number[] = [];
    const started = new ProjectionRunner({
      eventStore,
      readModelStore,
      projectors: createProjectors(context),
      maxBatchSize: 5,
      onBatch: (batch) => batches.push(batch.events),
    });
    runner = started;
    await started.start();
    const head = await eventStore.headPosition();
    await started.waitFor(head);
    expect(Math.max(...batches)).toBeLessThanOrEqual(5);
    expect(batches.reduce((sum, size) => sum + size, 0)).toBe(head);
    expect(await readModelStore.getCheckpoint('catalogue')).toBe(head);
  });

  it('lands a batch as soon as the subscription has caught up, not after the longest delay', async () => {
    const started = new ProjectionRunner({
      eventStore,
      readModelStore,
      projectors: createProjectors(context),
      // An hour: the batch below must land because the subscription caught up, not on a timer.
      maxBatchDelayMs: 3_600_000,
    });
    runner = started;
    await started.start();
    await started.waitFor(await eventStore.headPosition());
    await someHistory(0, 1);
    await started.waitFor(await eventStore.headPosition());
    expect(await readModelStore.count('catalogueItems')).toBe(1);
  });

  it('catching up, lands pages of the store together up to the batch size', async () => {
    await eventStore.close();
    // Pages of 4 events: a catch-up delivers a page, gives the event loop a turn, then the next.
    eventStore = openSqliteEventStore({ fileName: ':memory:', readPageSize: 4 });
    core = new WriteCore({ eventStore, directory, calendar: officialWorkingDayCalendar });
    await registerDaoli(send);
    await someHistory(0, 6);
    const head = await eventStore.headPosition();
    const batches: number[] = [];
    const started = new ProjectionRunner({
      eventStore,
      readModelStore,
      projectors: createProjectors(context),
      maxBatchSize: 1_000,
      maxBatchDelayMs: 3_600_000,
      onBatch: (batch) => batches.push(batch.events),
    });
    runner = started;
    await started.start();
    await started.waitFor(head);
    expect(head).toBeGreaterThan(8);
    expect(batches).toEqual([head]);
  });

  it('reports the lag of its slowest projector until it has caught up', async () => {
    await someHistory(0, 2);
    const started = new ProjectionRunner({
      eventStore,
      readModelStore,
      projectors: createProjectors(context),
    });
    expect(await started.lag()).toBe(await eventStore.headPosition());
    runner = started;
    await started.start();
    await started.waitFor(await eventStore.headPosition());
    expect(await started.lag()).toBe(0);
    expect(started.status()).toMatchObject({ state: 'running', position: await eventStore.headPosition() });
  });

  it('resumes from its checkpoints after a crash, and ends where a rebuild ends', async () => {
    await someHistory(0, 2);
    const failing = createProjectors(context);
    const catalogue = failing[0]!;
    let failed = false;
    const crashing: Projector = {
      ...catalogue,
      name: catalogue.name,
      collections: catalogue.collections,
      categories: catalogue.categories,
      forget: () => catalogue.forget(),
      startEmpty: () => catalogue.startEmpty(),
      project: async (events, unit) => {
        if (!failed && events.some((event) => event.event.type === 'StandardDefined')) {
          failed = true;
          throw new Error('the disk is full');
        }
        await catalogue.project(events, unit);
      },
    };
    const first = await startRunner({ projectors: [crashing, ...failing.slice(1)], maxBatchSize: 1 });
    await expect(first.waitFor(await eventStore.headPosition())).rejects.toThrow('the disk is full');
    expect(first.status()).toMatchObject({ state: 'failed' });
    expect(await readModelStore.getCheckpoint('catalogue')).toBeLessThan(await eventStore.headPosition());

    await someHistory(2, 1);
    const second = await startRunner();
    await second.waitFor(await eventStore.headPosition());
    expect(await snapshot(readModelStore)).toEqual(await rebuiltSnapshot());
  });

  it('changes nothing when events it already projected are delivered again', async () => {
    await someHistory(0, 3);
    const started = await startRunner();
    await started.waitFor(await eventStore.headPosition());
    await started.stop();
    const before = await snapshot(readModelStore);
    const redelivered = [];
    for await (const recorded of eventStore.readAll()) redelivered.push(toProjectedEvent(recorded));
    const forgetful = new Map(createProjectors(context).map((projector) => [projector.name, 0]));
    await applyBatch(readModelStore, createProjectors(context), redelivered, forgetful);
    expect(await snapshot(readModelStore)).toEqual(before);
  });

  it('stops cleanly: what was delivered lands, nothing after', async () => {
    await someHistory(0, 1);
    const started = await startRunner();
    await started.waitFor(await eventStore.headPosition());
    await started.stop();
    const checkpoint = await readModelStore.getCheckpoint('catalogue');
    await someHistory(1, 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await readModelStore.getCheckpoint('catalogue')).toBe(checkpoint);
    expect(started.status().state).toBe('stopped');
    await expect(started.waitFor(await eventStore.headPosition())).rejects.toThrow(/stopped/);
  });
});
