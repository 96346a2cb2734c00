import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { temporaryDirectory } from '@gongkai/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { runEventStoreContract } from '../contract';
import { collect, eventOf, eventsOf, eventually, metadataOf } from '../contract/fixtures';
import Database from 'better-sqlite3';
import { PRUNE_OLD_SQL } from './outcomes';
import { openSqliteEventStore, type SqliteEventStoreOptions } from './sqliteEventStore';

const directory = temporaryDirectory('gongkai-event-store-');
afterAll(() => directory.remove());
let files = 0;
const freshFile = () => join(directory.path, `store-${++files}.db`);
const open = (fileName: string, options: Partial<SqliteEventStoreOptions> = {}) =>
  openSqliteEventStore({ fileName, pollIntervalMs: 20, ...options });

const crashChild = fileURLToPath(new URL('./testing/crashAppenderProcess.ts', import.meta.url));

runEventStoreContract('SQLite', {
  create: () => Promise.resolve(open(freshFile())),
  crashRecovery: {
    start: () => {
      const fileName = freshFile();
      const child = spawn(process.execPath, ['--import', 'tsx', crashChild, fileName], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return Promise.resolve({ child, reopen: () => Promise.resolve(open(fileName)) });
    },
  },
});

describe('SQLite event store across connections', () => {
  it('delivers events another connection (as another process would) commits, by polling', async () => {
    const fileName = freshFile();
    const reader = open(fileName);
    const writer = open(fileName);
    const received: number[] = [];
    const subscription = reader.subscribeToAll((event) => void received.push(event.position));
    await writer.append('elsewhere', eventsOf(3));
    await eventually(() => received.length === 3, 2000, 'events from the other connection');
    await subscription.close();
    await Promise.all([reader.close(), writer.close()]);
  });

  it('wakes at once on a commit by another connection, without waiting for the poll', async () => {
    const fileName = freshFile();
    // An hour between polls: the events can only arrive because the commit woke the subscription.
    const reader = open(fileName, { pollIntervalMs: 3_600_000 });
    const writer = open(fileName);
    const received: number[] = [];
    const subscription = reader.subscribeToAll((event) => void received.push(event.position));
    // The first event is there when the subscription starts; then it waits, and only a wake-up brings more.
    await writer.append('elsewhere', eventsOf(1));
    await eventually(() => received.length === 1, 5000, 'the first event');
    // The subscription gives the event loop a turn after a page, then finds nothing and waits.
    await new Promise((resolve) => setImmediate(resolve));
    await writer.append('elsewhere', eventsOf(2), { expectedRevision: 0 });
    await eventually(() => received.length === 3, 5000, 'events from the other connection');
    await subscription.close();
    await Promise.all([reader.close(), writer.close()]);
  });

  it('assigns positions in commit order when two connections interleave appends', async () => {
    const fileName = freshFile();
    const [a, b] = [open(fileName), open(fileName)];
    const results = [];
    for (let n = 0; n < 50; n++)
      results.push(await (n % 2 === 0 ? a : b).append(`s-${n % 3}`, eventsOf(1 + (n % 3))));
    expect(results.map((result) => result.position)).toEqual(
      [...results.map((r) => r.position)].sort((x, y) => x - y),
    );
    const all = await collect(a.readAll());
    expect(all.map((event) => event.position)).toEqual(all.map((_, index) => index + 1));
    await Promise.all([a.close(), b.close()]);
  });

  it('sees a conflict made by another connection', async () => {
    const fileName = freshFile();
    const [a, b] = [open(fileName), open(fileName)];
    await a.append('shared', eventsOf(1), { expectedRevision: 'no-stream' });
    await expect(b.append('shared', eventsOf(1), { expectedRevision: 'no-stream' })).rejects.toMatchObject({
      code: 'STREAM_REVISION_CONFLICT',
      actual: 0,
    });
    await Promise.all([a.close(), b.close()]);
  });
});

describe('SQLite checkpoints in the background', () => {
  it('copies the WAL into the database file from a worker thread, not inside the commits', async () => {
    const fileName = freshFile();
    // An hour: only the checkpoint asked for below runs; commits leave the WAL to the worker.
    const store = open(fileName, { checkpointIntervalMs: 3_600_000 });
    await store.append('checkpointed', eventsOf(50));
    const result = await store.checkpointNow();
    expect(result?.frames).toBeGreaterThan(0);
    expect(result?.copied).toBe(result?.frames);
    await store.close();
    const reopened = open(fileName);
    expect((await collect(reopened.readAll())).length).toBe(50);
    await reopened.close();
  });

  it('has no worker unless asked', async () => {
    const store = open(freshFile());
    expect(await store.checkpointNow()).toBeUndefined();
    await store.close();
  });
});

describe('SQLite event store dictionaries', () => {
  it('forgets a type first seen in an append that rolled back, so no event points at a lost key', async () => {
    const store = open(freshFile());
    const first = eventOf({ type: 'CatalogueItemDrafted' });
    await store.append('item', [first]);
    const lostActor = { id: 'user-lost', tier: 'prefecture' as const, tenant: '230100' };
    const newActor = { id: 'user-new', tier: 'county' as const, tenant: '230102' };
    const rolledBack = [
      eventOf({
        type: 'OnlyInTheRolledBackAppend',
        metadata: metadataOf({ tenant: '239999', actor: lostActor }),
      }),
      { ...first, data: { other: true } },
    ];
    await expect(store.append('item', rolledBack)).rejects.toMatchObject({ code: 'EVENT_ID_CONFLICT' });
    await store.append('item', [
      eventOf({ type: 'NewAfterRollback', metadata: metadataOf({ tenant: '238888', actor: newActor }) }),
    ]);
    await store.append('item', [
      eventOf({
        type: 'OnlyInTheRolledBackAppend',
        metadata: metadataOf({ tenant: '239999', actor: lostActor }),
      }),
    ]);
    const read = await collect(store.readStream('item'));
    expect(read.map((event) => event.type)).toEqual([
      'CatalogueItemDrafted',
      'NewAfterRollback',
      'OnlyInTheRolledBackAppend',
    ]);
    expect(read.map((event) => [event.metadata.tenant, event.metadata.actor.id])).toEqual([
      ['230102', 'user-230102-admin'],
      ['238888', 'user-new'],
      ['239999', 'user-lost'],
    ]);
    await store.close();
  });
});

describe('the SQLite outcome records', () => {
  it('keeps them across a reopen of the file, and forgets a record older than the retention', async () => {
    const fileName = freshFile();
    let now = Date.parse('2026-01-01T00:00:00Z');
    const first = open(fileName, { clock: () => now });
    await first.appendMany([], { outcomes: [{ key: 'old', fingerprint: 'f', outcome: '{}' }] });
    await first.close();
    now += 10 * 24 * 60 * 60 * 1000;
    const again = open(fileName, {
      clock: () => now,
      outcomeRetention: { maxAgeMs: 30 * 24 * 60 * 60 * 1000 },
    });
    expect((await again.readOutcomes(['old'])).has('old')).toBe(true);
    await again.close();
    const shorter = open(fileName, { clock: () => now, outcomeRetention: { maxAgeMs: 24 * 60 * 60 * 1000 } });
    expect((await shorter.readOutcomes(['old'])).has('old')).toBe(false);
    await shorter.close();
  });

  it('reads the records of a batch of keys a hundred at a time: every recorded key, once, in the order asked', async () => {
    const store = open(freshFile());
    const outcomes = Array.from({ length: 150 }, (_, i) => ({
      key: `k${i}`,
      fingerprint: `f${i}`,
      outcome: `{"n":${i}}`,
    }));
    await store.appendMany([], { outcomes });
    // 250 keys, the recorded ones among unknown ones and one repeated: three statements.
    const keys = [
      ...Array.from({ length: 249 }, (_, i) => (i % 2 === 0 ? `k${i / 2}` : `unknown-${i}`)),
      'k0',
    ];
    const found = await store.readOutcomes(keys);
    // In the order asked.
    expect([...found.keys()]).toEqual(Array.from({ length: 125 }, (_, i) => `k${i}`));
    expect(found.get('k7')).toMatchObject({ key: 'k7', fingerprint: 'f7', outcome: '{"n":7}' });
    await store.close();
  });

  it('prunes the expired records from the oldest by seq, without scanning the table', async () => {
    const fileName = freshFile();
    const day = 24 * 60 * 60 * 1000;
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = open(fileName, { clock: () => now, outcomeRetention: { maxAgeMs: day } });
    const records = (prefix: string) =>
      Array.from({ length: 600 }, (_, i) => ({ key: `${prefix}${i}`, fingerprint: 'f', outcome: '{}' }));
    await store.appendMany([], { outcomes: records('old') });
    now += 2 * day;
    // The thousandth record written triggers the prune, in the second call's transaction.
    await store.appendMany([], { outcomes: records('new') });
    await store.close();
    const db = new Database(fileName, { readonly: true });
    try {
      const keys = db.prepare('SELECT key FROM outcomes ORDER BY seq').pluck().all() as string[];
      expect(keys).toEqual(records('new').map((record) => record.key));
      // The old `WHERE recorded_at < ?` read every record (a million: ~120 ms every 1,000 written).
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${PRUNE_OLD_SQL}`).all(0) as { detail: string }[];
      expect(plan[0]!.detail).toMatch(/^SEARCH outcomes USING INTEGER PRIMARY KEY \(rowid<\?\)/);
    } finally {
      db.close();
    }
  });

  it('keeps only the newest records past the count bound', async () => {
    const store = open(freshFile(), { outcomeRetention: { maxCount: 10 } });
    const outcomes = Array.from({ length: 1000 }, (_, i) => ({
      key: `k${i}`,
      fingerprint: 'f',
      outcome: '{}',
    }));
    await store.appendMany([], { outcomes });
    const kept = await store.readOutcomes(outcomes.map((outcome) => outcome.key));
    expect([...kept.keys()]).toEqual(outcomes.slice(-10).map((outcome) => outcome.key));
    await store.close();
  });
});

describe('the SQLite appendMany over many streams (rows inserted a hundred at a time across parts)', () => {
  it('stores 250 single-event parts over 7 streams in the order given, each result at its own position', async () => {
    const store = open(freshFile());
    await store.append('catalogueItem-230102-warm', eventsOf(1));
    const streams = Array.from({ length: 7 }, (_, i) => `catalogueItem-230102-s${i}`);
    const revisions = new Map<string, number>();
    const parts = Array.from({ length: 250 }, (_, i) => {
      const streamId = streams[(i * 3) % 7]!;
      const previous = revisions.get(streamId);
      revisions.set(streamId, (previous ?? -1) + 1);
      return { streamId, events: eventsOf(1), expectedRevision: previous ?? ('no-stream' as const) };
    });
    const results = await store.appendMany(parts);
    expect(results.map((result) => result.position)).toEqual(parts.map((_, i) => i + 2));
    const all = await collect(store.readAll({ fromPosition: 1 }));
    expect(all.map((event) => [event.streamId, event.eventId])).toEqual(
      parts.map((part) => [part.streamId, part.events[0]!.eventId]),
    );
    expect(all.map((event) => event.revision)).toEqual(
      parts.map((part, i) => results[i]!.nextExpectedRevision),
    );
    await store.close();
  });

  it('keeps the first of two records under one key in one call (records inserted fifty at a time)', async () => {
    const store = open(freshFile());
    const outcomes = Array.from({ length: 120 }, (_, i) => ({
      key: `k${i}`,
      fingerprint: `f${i}`,
      outcome: '{}',
    }));
    await store.appendMany([], {
      outcomes: [...outcomes, { key: 'k3', fingerprint: 'other', outcome: '{}' }],
    });
    const kept = await store.readOutcomes(outcomes.map((outcome) => outcome.key));
    expect([...kept.values()].map((record) => record.fingerprint)).toEqual(
      outcomes.map((o) => o.fingerprint),
    );
    await store.close();
  });
});
