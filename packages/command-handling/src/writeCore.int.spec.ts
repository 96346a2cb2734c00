import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '@gongkai/domain';
import { domainTesting } from '@gongkai/domain';
import type { EventStore, ReadStreamOptions } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import { collect } from '@gongkai/testkit';
import { eventIdFor } from './deterministicId';
import type { CommandEnvelope, CommandOutcome } from './envelope';
import { isCommandRetriesExhaustedError } from './errors';
import { idempotencyKey } from './idempotencyKey';
import { WriteCore } from './writeCore';

const { countyAdmin, provinceAdmin, testDirectory, testCalendar, completeStandard } = domainTesting;
const DAOLI = '230102';
const MISHAN = '230382';
const options = { directory: testDirectory, calendar: testCalendar };

const envelope = (messageId: string, command: Command, actor = countyAdmin(DAOLI)): CommandEnvelope => ({
  messageId,
  command,
  actor,
  occurredAt: '2018-03-01T09:00:00+08:00',
});
const register = envelope(
  'register',
  { type: 'RegisterPilotUnit', data: { tenant: DAOLI, pilotLevel: 'national', registeredOn: '2017-08-09' } },
  provinceAdmin('230000'),
);
const assign = envelope(
  'assign',
  {
    type: 'AssignPilotAreas',
    data: { tenant: DAOLI, areas: ['compulsory-education'], assignedOn: '2017-08-09' },
  },
  provinceAdmin('230000'),
);
const draftCommand = (itemId: string, tenant = DAOLI, level2Name = '招生范围'): Command => ({
  type: 'DraftCatalogueItem',
  data: {
    tenant,
    itemId,
    areaCode: 'compulsory-education',
    name: { level1Name: '招生管理', level2Name },
    source: 'public-service-list',
    draftedOn: '2018-02-01',
  },
});
const draft = (messageId: string, itemId: string) => envelope(messageId, draftCommand(itemId));
const define = (messageId: string, itemId: string) =>
  envelope(messageId, {
    type: 'DefineStandard',
    data: { tenant: DAOLI, itemId, standard: completeStandard(), definedOn: '2018-02-02' },
  });

const withoutPosition = (outcomes: CommandOutcome[]) =>
  outcomes.map((outcome) => ({ ...outcome, position: undefined, duplicate: true }));

/** The store, telling `onRead` of every stream read (closing it is left to the test). */
const watchingReads = (
  inner: EventStore,
  onRead: (streamId: string, options: ReadStreamOptions | undefined) => void,
): EventStore => ({
  append: (streamId, events, appendOptions) => inner.append(streamId, events, appendOptions),
  appendMany: (appends, appendOptions) => inner.appendMany(appends, appendOptions),
  readOutcomes: (keys) => inner.readOutcomes(keys),
  readStream: (streamId, readOptions) => {
    onRead(streamId, readOptions);
    return inner.readStream(streamId, readOptions);
  },
  readAll: (readOptions) => inner.readAll(readOptions),
  subscribeToAll: (handler, subscribeOptions) => inner.subscribeToAll(handler, subscribeOptions),
  headPosition: () => inner.headPosition(),
  close: () => Promise.resolve(),
});

let store: EventStore;
let core: WriteCore;

beforeEach(() => {
  store = openSqliteEventStore({ fileName: ':memory:' });
  core = new WriteCore({ eventStore: store, ...options });
});
afterEach(() => store.close());

describe('the write core', () => {
  it('stores the same events whether the commands come one by one or as one batch', async () => {
    const messages = [register, assign, draft('d1', 'item-1'), define('s1', 'item-1'), draft('d2', 'item-2')];
    const outcomes = await core.handleBatch(messages);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(new Array(5).fill('accepted'));

    const oneByOneStore = openSqliteEventStore({ fileName: ':memory:' });
    const oneByOne = new WriteCore({ eventStore: oneByOneStore, ...options });
    for (const message of messages) await oneByOne.handle(message);
    const stored = async (events: EventStore) =>
      (await collect(events.readAll())).map(({ recordedAt: _r, position: _p, ...event }) => event);
    expect(await stored(store)).toEqual(await stored(oneByOneStore));
    await oneByOneStore.close();
  });

  it('stores a batch whose commands come back to a stream in the order of its commands, one append', async () => {
    const messages = [register, assign, draft('d1', 'item-1'), draft('d2', 'item-2'), define('s1', 'item-1')];
    const outcomes = await core.handleBatch(messages);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(new Array(5).fill('accepted'));
    const all = await collect(store.readAll());
    expect(all.map((event) => [event.streamId, event.revision, event.eventId])).toEqual(
      messages.map((message, i) => {
        const outcome = outcomes[i]!;
        if (outcome.status !== 'accepted') throw new Error('accepted above');
        return [outcome.streamId, outcome.revision, eventIdFor(message.messageId, 0)];
      }),
    );
    // Each outcome's position shows its command: its event is at or before it.
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'accepted') expect(outcome.position).toBeGreaterThanOrEqual(all[i]!.position);
    });
  });

  it('appends with metadata and ids derived from the message id, and reports where they are visible', async () => {
    await core.handleBatch([register, assign]);
    const [first, second] = await core.handleBatch([draft('d1', 'item-1'), define('s1', 'item-1')]);
    const events = await collect(store.readStream(`catalogueItem-${DAOLI}-item-1`));
    expect(first).toMatchObject({
      status: 'accepted',
      streamId: `catalogueItem-${DAOLI}-item-1`,
      revision: 0,
    });
    expect(second).toMatchObject({ status: 'accepted', revision: 1, eventIds: [eventIdFor('s1', 0)] });
    if (second?.status !== 'accepted') throw new Error('accepted expected');
    expect(second.events.map((event) => event.type)).toEqual(['StandardDefined']);
    expect(second.position).toBeGreaterThanOrEqual(events[1]!.position);
    expect(events[0]!.metadata).toMatchObject({ tenant: DAOLI, correlationId: 'd1', causationId: 'd1' });
  });

  it('answers a repeated batch with the first outcomes, marked duplicate, storing nothing, also after a restart', async () => {
    const messages = [register, assign, draft('d1', 'item-1'), define('s1', 'item-9')];
    const first = await core.handleBatch(messages);
    const head = await store.headPosition();
    const fresh = new WriteCore({ eventStore: store, ...options });
    for (const writer of [core, fresh]) {
      const again = await writer.handleBatch(messages);
      expect(withoutPosition(again)).toEqual(withoutPosition(first));
      expect(again.every((outcome) => outcome.duplicate)).toBe(true);
    }
    expect(await store.headPosition()).toBe(head);
  });

  it('refuses the same message id with another payload as MESSAGE_ID_CONFLICT, naming the id, storing nothing', async () => {
    await core.handleBatch([register, assign, draft('d1', 'item-1')]);
    const head = await store.headPosition();
    const other = envelope('d1', draftCommand('item-1', DAOLI, '另一个名称'));
    for (const writer of [core, new WriteCore({ eventStore: store, ...options })]) {
      const [conflict] = await writer.handleBatch([other]);
      expect(conflict).toMatchObject({ status: 'rejected', code: 'MESSAGE_ID_CONFLICT', duplicate: false });
      if (conflict?.status !== 'rejected') throw new Error('rejected expected');
      expect(conflict.reason).toContain('"d1"');
    }
    // Within one batch too: the second use of an id with another payload.
    const [, inBatch] = await core.handleBatch([
      draft('d7', 'item-7'),
      envelope('d7', draftCommand('item-8')),
    ]);
    expect(inBatch).toMatchObject({ code: 'MESSAGE_ID_CONFLICT' });
    expect(await store.headPosition()).toBe(head + 1);
  });

  it('keeps a refusal as an outcome record, not an event: a repeat after the state changed gets it again', async () => {
    await core.handleBatch([register, assign]);
    const head = await store.headPosition();
    const early = define('s-early', 'item-3');
    const [refused] = await core.handleBatch([early]);
    expect(refused).toMatchObject({ status: 'rejected', code: 'ITEM_NOT_DRAFTED', duplicate: false });
    expect(await store.headPosition()).toBe(head);
    await core.handleBatch([draft('d3', 'item-3')]);
    const [again] = await new WriteCore({ eventStore: store, ...options }).handleBatch([early]);
    expect(again).toEqual({ ...refused, duplicate: true });
    expect(await collect(store.readAll({ filter: { streamPrefixes: ['intakeRejections-'] } }))).toEqual([]);
  });

  it('answers a refusal as an outcome, never by throwing, and stores the other commands of the batch', async () => {
    const outcomes = await core.handleBatch([
      register,
      assign,
      envelope('d-forbidden', draftCommand('item-4', MISHAN)),
      draft('d5', 'item-5'),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'accepted',
      'accepted',
      'rejected',
      'accepted',
    ]);
    expect(outcomes[2]).toMatchObject({ code: 'TENANT_FORBIDDEN' });
    expect(await collect(store.readAll({ filter: { tenants: [MISHAN] } }))).toHaveLength(0);
  });

  it('refuses a business time before 2000 with OCCURRED_AT_OUT_OF_RANGE', async () => {
    const [outcome] = await core.handleBatch([{ ...register, occurredAt: '0001-01-01T00:00:00Z' }]);
    expect(outcome).toMatchObject({ status: 'rejected', code: 'OCCURRED_AT_OUT_OF_RANGE' });
    expect(await store.headPosition()).toBe(0);
  });

  it('decides two racing commands one after the other: the second sees the first', async () => {
    await core.handleBatch([register, assign, draft('d6', 'item-6')]);
    const [a, b] = await Promise.all([
      core.handle(define('s6a', 'item-6')),
      core.handle(define('s6b', 'item-6')),
    ]);
    expect(a).toMatchObject({ status: 'accepted' });
    expect(b).toMatchObject({ status: 'rejected', code: 'STANDARD_ALREADY_DEFINED' });
  });

  it('reads a stream again when another writer moved it since it was cached', async () => {
    await core.handleBatch([register, assign, draft('d6', 'item-6')]);
    await new WriteCore({ eventStore: store, ...options }).handle(define('s6', 'item-6'));
    const [outcome] = await core.handleBatch([
      envelope('p6', {
        type: 'PublishCatalogueItem',
        data: { tenant: DAOLI, itemId: 'item-6', publishedOn: '2018-02-03' },
      }),
    ]);
    expect(outcome).toMatchObject({ status: 'accepted', revision: 2 });
  });

  it('reads a consulted stream again when another writer moved it, though the core wrote in between', async () => {
    const mishanDraft = envelope('m1', draftCommand('item-m', MISHAN), countyAdmin(MISHAN));
    const [early] = await core.handleBatch([mishanDraft]);
    expect(early).toMatchObject({ status: 'rejected' });
    await core.handleBatch([register, assign]);
    const other = new WriteCore({ eventStore: store, ...options });
    const registerMishan = (messageId: string, type: string, data: Record<string, unknown>) =>
      envelope(messageId, { type, data: { tenant: MISHAN, ...data } } as Command, provinceAdmin('230000'));
    await other.handleBatch([
      registerMishan('rm', 'RegisterPilotUnit', { pilotLevel: 'national', registeredOn: '2017-08-09' }),
      registerMishan('am', 'AssignPilotAreas', { areas: ['compulsory-education'], assignedOn: '2017-08-09' }),
    ]);
    await core.handleBatch([draft('d8', 'item-8')]);
    const [late] = await core.handleBatch([
      envelope('m2', draftCommand('item-m', MISHAN), countyAdmin(MISHAN)),
    ]);
    expect(late).toMatchObject({ status: 'accepted', revision: 0 });
  });

  it('trusts its cache while it is the only writer: no stream is read again to check it', async () => {
    const backwards: string[] = [];
    const counting = watchingReads(store, (streamId, readOptions) => {
      if (readOptions?.direction === 'backwards') backwards.push(streamId);
    });
    const sole = new WriteCore({ eventStore: counting, ...options });
    await sole.handleBatch([register, assign]);
    for (const itemId of ['item-a', 'item-b', 'item-c']) {
      const [drafted] = await sole.handleBatch([draft(`d-${itemId}`, itemId)]);
      expect(drafted).toMatchObject({ status: 'accepted' });
    }
    const [refused] = await sole.handleBatch([draft('d-again', 'item-a')]);
    expect(refused).toMatchObject({ status: 'rejected' });
    expect(backwards).toEqual([]);
    // Another writer moves the store: the next decision on a cached stream checks it again.
    await new WriteCore({ eventStore: store, ...options }).handle(define('s-b', 'item-b'));
    await sole.handleBatch([draft('d-again2', 'item-a')]);
    expect(backwards.length).toBeGreaterThan(0);
  });

  it('started on an empty store, reads back no stream it has not seen, until another writer appends one', async () => {
    const reads: string[] = [];
    const counting = watchingReads(store, (streamId) => void reads.push(streamId));
    const fresh = new WriteCore({ eventStore: counting, ...options });
    const outcomes = await fresh.handleBatch([register, assign, draft('d-n1', 'item-n1')]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(reads).toEqual([]);
    const [other] = await new WriteCore({ eventStore: store, ...options }).handleBatch([
      draft('d-n2', 'item-n2'),
    ]);
    if (other?.status !== 'accepted') throw new Error('the other writer drafts item-n2');
    // Assumed new, the stream fails its 'no-stream' append; read back, the draft is refused.
    const [again] = await fresh.handleBatch([draft('d-n2-again', 'item-n2')]);
    expect(again).toMatchObject({ status: 'rejected' });
    expect(reads).toContain(other.streamId);
  });

  it('gives up after a bounded number of attempts when the stream keeps changing', async () => {
    await core.handleBatch([register, assign, draft('d7', 'item-7')]);
    const conflict = () =>
      Promise.reject(Object.assign(new Error('conflict'), { code: 'STREAM_REVISION_CONFLICT' }));
    const conflicting: EventStore = {
      append: conflict,
      appendMany: conflict,
      readOutcomes: (keys) => store.readOutcomes(keys),
      readStream: (streamId, readOptions) => store.readStream(streamId, readOptions),
      readAll: (readOptions) => store.readAll(readOptions),
      subscribeToAll: (handler, subscribeOptions) => store.subscribeToAll(handler, subscribeOptions),
      headPosition: () => store.headPosition(),
      close: () => Promise.resolve(),
    };
    const impatient = new WriteCore({ eventStore: conflicting, ...options, maxAttempts: 3 });
    await expect(impatient.handle(define('s7', 'item-7'))).rejects.toSatisfy(isCommandRetriesExhaustedError);
  });
});

describe('the idempotency key', () => {
  it('never gives two tuples the same key, whatever separators their parts hold', () => {
    const tuples = [
      { entry: 'graphql', tenant: '230102', principal: 'a:b', messageId: 'c' },
      { entry: 'graphql', tenant: '230102', principal: 'a', messageId: 'b:c' },
      { entry: 'graphql', tenant: '230102', principal: 'a/b', messageId: 'c' },
      { entry: 'graphql', tenant: '230102', principal: 'a', messageId: 'b/c' },
      { entry: 'graphql', tenant: '230102', principal: 'a|b', messageId: 'c' },
      { entry: 'graphql', tenant: '230102', principal: 'a', messageId: 'b|c' },
      { entry: 'graphql', tenant: '230102', principal: 'a","b', messageId: 'c' },
      { entry: 'graphql', tenant: '230102', principal: 'a', messageId: 'b","c' },
      { entry: 'graphql:230102', tenant: 'a', principal: 'b', messageId: 'c' },
    ];
    const keys = tuples.map(idempotencyKey);
    expect(new Set(keys).size).toBe(tuples.length);
    expect(keys.map((key) => JSON.parse(key) as unknown)).toEqual(
      tuples.map((tuple) => [tuple.entry, tuple.tenant, tuple.principal, tuple.messageId]),
    );
  });
});
