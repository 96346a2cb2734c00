import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventStore } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import type { Bus } from '@gongkai/messaging';
import { createInProcessBus } from '@gongkai/messaging';
import { temporaryDirectory } from '@gongkai/testkit';
import { dedupeById } from '../cloudEvents';
import { isCheckpointRegressedError, isRelayNotStartableError } from '../errors';
import { collectPublished } from '../testing/collectPublished';
import { appendPublicHistory } from '../testing/publicHistory';
import { PUBLIC_EVENTS_TOPIC } from '../topics';
import type { RelayCheckpoint } from './checkpoint';
import { createInMemoryCheckpoint } from './checkpoint';
import type { Relay, RelayOptions } from './relay';
import { createRelay } from './relay';
import { applyCheckpointPragmas, openSqliteCheckpoint } from './sqliteCheckpoint';

let directory: ReturnType<typeof temporaryDirectory>;
let eventStore: EventStore;
let bus: Bus;
let relays: Relay[] = [];
let checkpoints: RelayCheckpoint[] = [];

const checkpointFile = () => join(directory.path, 'relay.sqlite');
const openCheckpoint = () => {
  const checkpoint = openSqliteCheckpoint({ fileName: checkpointFile() });
  checkpoints.push(checkpoint);
  return checkpoint;
};

const startRelay = async (options: Partial<RelayOptions> = {}): Promise<Relay> => {
  const relay = createRelay({
    eventStore,
    bus,
    checkpoint: options.checkpoint ?? openCheckpoint(),
    pollIntervalMs: 5,
    retryDelayMs: 5,
    ...options,
  });
  relays.push(relay);
  await relay.start();
  return relay;
};

/** A bus whose publish fails the `nth` time (1-based) it is called, after the broker took the messages or before. */
const failingOnce = (nth: number, { afterAccepting }: { afterAccepting: boolean }): Bus => {
  let calls = 0;
  return {
    ...bus,
    publish: async (topic, messages) => {
      calls += 1;
      if (calls !== nth) return bus.publish(topic, messages);
      if (afterAccepting) await bus.publish(topic, messages);
      throw new Error('the broker went away');
    },
  };
};

beforeEach(() => {
  directory = temporaryDirectory('gongkai-relay-');
  eventStore = openSqliteEventStore({ fileName: join(directory.path, 'events.sqlite') });
  bus = createInProcessBus({ topics: [{ topic: PUBLIC_EVENTS_TOPIC, partitions: 4 }] });
});

afterEach(async () => {
  await Promise.all(relays.map((relay) => relay.stop()));
  await Promise.all(checkpoints.map((checkpoint) => checkpoint.close()));
  relays = [];
  checkpoints = [];
  await bus.close();
  await eventStore.close();
  directory.remove();
});

describe('the relay', () => {
  it('publishes every public event once, as a CloudEvent whose id is the event id, keyed by tenant', async () => {
    const history = await appendPublicHistory(eventStore, { items: 30 });
    const collector = await collectPublished(bus);
    const relay = await startRelay({ pageSize: 7 });
    await relay.waitFor(history.head);
    await collector.until(history.publicIds);

    const ids = collector.received.map(({ event }) => event.id);
    expect([...ids].sort()).toEqual([...history.publicIds].sort());
    expect(ids.filter((id) => history.internalIds.includes(id))).toEqual([]);
    for (const { event, key, contentType } of collector.received) {
      expect(key).toBe(event.tenant);
      expect(event.source).toBe(`/gongkai/tenants/${event.tenant}`);
      expect(contentType).toBe('application/cloudevents+json; charset=UTF-8');
    }
    expect(await relay.lag()).toBe(0);
  });

  it('keeps the events of a tenant in position order on the topic', async () => {
    const history = await appendPublicHistory(eventStore, { items: 20 });
    const collector = await collectPublished(bus);
    await startRelay({ pageSize: 9 });
    await collector.until(history.publicIds);
    const byTenant = new Map<string, number[]>();
    for (const { event } of collector.received) {
      byTenant.set(event.tenant, [...(byTenant.get(event.tenant) ?? []), Number(event.position)]);
    }
    expect(byTenant.size).toBe(3);
    for (const positions of byTenant.values()) {
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('follows the store: events appended after it caught up go out too', async () => {
    const first = await appendPublicHistory(eventStore, { items: 3 });
    const collector = await collectPublished(bus);
    const relay = await startRelay();
    await relay.waitFor(first.head);
    const second = await appendPublicHistory(eventStore, { items: 3, firstItem: 3 });
    await collector.until([...first.publicIds, ...second.publicIds]);
    await relay.waitFor(second.head);
  });

  it('gathers events that trickle in after it caught up into pages (lingerMs), instead of a page per few events', async () => {
    const pages: number[] = [];
    const first = await appendPublicHistory(eventStore, { items: 1 });
    const collector = await collectPublished(bus);
    const relay = await startRelay({ lingerMs: 150, onPage: ({ published }) => pages.push(published) });
    await relay.waitFor(first.head);
    const trickle = [];
    for (let item = 1; item <= 20; item++) {
      trickle.push(await appendPublicHistory(eventStore, { items: 1, firstItem: item }));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await collector.until([first, ...trickle].flatMap((history) => history.publicIds));
    // The first page, then whatever came within the linger: a few pages, not one per write.
    expect(pages.length).toBeLessThanOrEqual(4);
  });

  it('resumes from its SQLite checkpoint after stop/start, without publishing the first part again', async () => {
    const first = await appendPublicHistory(eventStore, { items: 10 });
    const collector = await collectPublished(bus);
    const relay = await startRelay();
    await relay.waitFor(first.head);
    await relay.stop();
    expect(relay.status()).toMatchObject({ state: 'stopped', position: first.head });

    const second = await appendPublicHistory(eventStore, { items: 10, firstItem: 10 });
    const again = await startRelay({ checkpoint: openCheckpoint() });
    await again.waitFor(second.head);
    await collector.until([...first.publicIds, ...second.publicIds]);
    expect(collector.received).toHaveLength(first.publicIds.length + second.publicIds.length);
  });

  it('a publish that fails is tried again and the checkpoint does not move past it', async () => {
    const history = await appendPublicHistory(eventStore, { items: 10 });
    const collector = await collectPublished(bus);
    const errors: unknown[] = [];
    const relay = await startRelay({
      bus: failingOnce(2, { afterAccepting: false }),
      pageSize: 10,
      onError: (error) => errors.push(error),
    });
    await relay.waitFor(history.head);
    await collector.until(history.publicIds);
    expect(errors).toEqual([new Error('the broker went away')]);
    expect(collector.received).toHaveLength(history.publicIds.length);
  });

  it('a publish the bus took but did not acknowledge goes out again, and dedupeById sees each event once', async () => {
    const history = await appendPublicHistory(eventStore, { items: 10 });
    const collector = await collectPublished(bus);
    const relay = await startRelay({ bus: failingOnce(3, { afterAccepting: true }), pageSize: 10 });
    await relay.waitFor(history.head);
    await collector.until(history.publicIds);
    expect(collector.received.length).toBe(history.publicIds.length + 10);
    const once = dedupeById()(collector.received.map(({ event }) => event));
    expect(once.map((event) => event.id).sort()).toEqual([...history.publicIds].sort());
  });

  it('a relay killed between publish and checkpoint publishes the page again on restart; dedupe yields each once', async () => {
    const history = await appendPublicHistory(eventStore, { items: 40 });
    const collector = await collectPublished(bus);
    // The checkpoint "dies" after the third page: the bus has the page, the checkpoint does not.
    const durable = openCheckpoint();
    let saves = 0;
    const dying: RelayCheckpoint = {
      load: () => durable.load(),
      save: (position) => (++saves >= 3 ? Promise.reject(new Error('killed')) : durable.save(position)),
      close: () => Promise.resolve(),
    };
    const killed = await startRelay({ checkpoint: dying, pageSize: 25, retryDelayMs: 10_000 });
    await expect.poll(() => saves, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await killed.stop();
    const stoppedAt = await durable.load();
    expect(stoppedAt).toBeLessThan(history.head);

    const restarted = await startRelay({ checkpoint: durable, pageSize: 25 });
    await restarted.waitFor(history.head);
    await collector.until(history.publicIds);
    const events = collector.received.map(({ event }) => event);
    expect(events.length).toBeGreaterThan(history.publicIds.length);
    expect(
      dedupeById()(events)
        .map((event) => event.id)
        .sort(),
    ).toEqual([...history.publicIds].sort());
  });

  it('stopped and restarted mid-run, again and again, publishes every public event at least once', async () => {
    const history = await appendPublicHistory(eventStore, { items: 200 });
    const collector = await collectPublished(bus);
    while ((await openCheckpoint().load()) < history.head) {
      const relay = await startRelay({ pageSize: 50 });
      await new Promise((resolve) => setTimeout(resolve, 5));
      await relay.stop();
    }
    await collector.until(history.publicIds);
    const once = dedupeById()(collector.received.map(({ event }) => event));
    expect(once).toHaveLength(history.publicIds.length);
  });

  it('relays a backlog in full pages: one read, publish and checkpoint save per 1,000 public events', async () => {
    const history = await appendPublicHistory(eventStore, { items: 3_000, disclosures: 5 });
    const checkpoint = createInMemoryCheckpoint();
    const pages: number[] = [];
    const started = performance.now();
    const relay = await startRelay({
      checkpoint,
      pageSize: 1_000,
      onPage: ({ published }) => pages.push(published),
    });
    await relay.waitFor(history.head);
    const seconds = (performance.now() - started) / 1000;
    // The rate is printed, not asserted (timings are the benchmarks' business): the page count is what sets it.
    console.info(
      `relay: ${history.head} events (${history.publicIds.length} public) in ${seconds.toFixed(2)} s, ${Math.round(history.head / seconds)} events/s`,
    );
    const published = pages.filter((count) => count > 0); // a last page may only pass internal events
    expect(published).toHaveLength(Math.ceil(history.publicIds.length / 1_000));
    expect(published.slice(0, -1).every((count) => count === 1_000)).toBe(true);
  });

  it('starts once: a stopped relay is replaced, not restarted', async () => {
    const relay = await startRelay({ checkpoint: createInMemoryCheckpoint() });
    await relay.stop();
    await expect(relay.start()).rejects.toSatisfy(isRelayNotStartableError);
  });

  it('saves its checkpoint without an fsync per save (WAL, synchronous NORMAL, as the event store)', () => {
    const db = new Database(':memory:');
    try {
      applyCheckpointPragmas(db);
      expect(db.pragma('synchronous', { simple: true })).toBe(1); // 1 = NORMAL, 2 = FULL
    } finally {
      db.close();
    }
  });

  it('its checkpoint never moves back (two relays sharing one would)', async () => {
    const checkpoint = openCheckpoint();
    await checkpoint.save(10);
    await expect(checkpoint.save(9)).rejects.toSatisfy(isCheckpointRegressedError);
    expect(await openCheckpoint().load()).toBe(10);
  });
});
