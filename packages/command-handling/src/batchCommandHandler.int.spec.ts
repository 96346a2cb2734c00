import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '@gongkai/domain';
import { domainTesting } from '@gongkai/domain';
import type { EventStore, RecordedEvent } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import { collect } from '@gongkai/testkit';
import { BatchCommandHandler } from './batchCommandHandler';
import type { BatchOutcome, SourcedCommand } from './batchCommandHandler';
import { CommandHandler } from './commandHandler';
import type { CommandEnvelope } from './commandHandler';

const { countyAdmin, provinceAdmin, testDirectory, testCalendar, completeStandard } = domainTesting;
const DAOLI = '230102';
const options = { directory: testDirectory, calendar: testCalendar };

const envelope = (messageId: string, command: Command, actor = countyAdmin(DAOLI)): CommandEnvelope => ({
  messageId,
  command,
  actor,
  occurredAt: '2018-03-01T09:00:00+08:00',
});
const sourced = (envelope: CommandEnvelope): SourcedCommand => ({ envelope, source: 'tenant-system-test' });

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
const draft = (messageId: string, itemId: string) =>
  envelope(messageId, {
    type: 'DraftCatalogueItem',
    data: {
      tenant: DAOLI,
      itemId,
      areaCode: 'compulsory-education',
      name: { level1Name: '招生管理', level2Name: '招生范围' },
      source: 'public-service-list',
      draftedOn: '2018-02-01',
    },
  });
const define = (messageId: string, itemId: string) =>
  envelope(messageId, {
    type: 'DefineStandard',
    data: { tenant: DAOLI, itemId, standard: completeStandard(), definedOn: '2018-02-02' },
  });

const stored = (events: RecordedEvent[]) =>
  events.map(({ recordedAt: _recordedAt, position: _position, ...event }) => event);

let store: EventStore;
let batches: BatchCommandHandler;

beforeEach(() => {
  store = openSqliteEventStore({ fileName: ':memory:' });
  batches = new BatchCommandHandler({ eventStore: store, ...options });
});
afterEach(() => store.close());

describe('the batch command handler', () => {
  it('stores exactly what the one-by-one handler stores, later commands seeing earlier ones', async () => {
    const messages = [register, assign, draft('d1', 'item-1'), define('s1', 'item-1'), draft('d2', 'item-2')];
    const outcomes = await batches.handleBatch(messages.map(sourced));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(new Array(5).fill('accepted'));

    const sequentialStore = openSqliteEventStore({ fileName: ':memory:' });
    const sequential = new CommandHandler({ eventStore: sequentialStore, ...options });
    for (const message of messages) await sequential.handle(message);
    expect(stored(await collect(store.readAll()))).toEqual(stored(await collect(sequentialStore.readAll())));
    await sequentialStore.close();
  });

  it('reports each message’s stream, revision, event ids and a position where it is visible', async () => {
    const [, , first, second] = await batches.handleBatch(
      [register, assign, draft('d1', 'item-1'), define('s1', 'item-1')].map(sourced),
    );
    const events = await collect(store.readStream(`catalogueItem-${DAOLI}-item-1`));
    expect(first).toMatchObject({
      status: 'accepted',
      streamId: `catalogueItem-${DAOLI}-item-1`,
      revision: 0,
    });
    expect(second).toMatchObject({ status: 'accepted', revision: 1, eventIds: [events[1]!.eventId] });
    if (second?.status !== 'accepted') throw new Error('accepted expected');
    expect(second.position).toBeGreaterThanOrEqual(events[1]!.position);
  });

  it('answers a redelivered batch with the first outcomes, marked duplicate, and stores nothing', async () => {
    const messages = [register, assign, draft('d1', 'item-1'), define('s1', 'item-9')].map(sourced);
    const first = await batches.handleBatch(messages);
    const head = await store.headPosition();
    const fresh = new BatchCommandHandler({ eventStore: store, ...options });
    // The position is a watermark (at or after the message's last event), not an identity.
    const withoutPosition = (outcomes: BatchOutcome[]) =>
      outcomes.map((outcome) => ({ ...outcome, position: undefined, duplicate: true }));
    for (const handler of [batches, fresh]) {
      const again = await handler.handleBatch(messages);
      expect(withoutPosition(again)).toEqual(withoutPosition(first));
      expect(again.every((outcome) => outcome.duplicate)).toBe(true);
    }
    expect(await store.headPosition()).toBe(head);
  });

  it('keeps a rejection when the message comes again after the state has changed', async () => {
    await batches.handleBatch([register, assign].map(sourced));
    const early = define('s-early', 'item-3');
    const [rejected] = await batches.handleBatch([sourced(early), sourced(draft('d3', 'item-3'))]);
    expect(rejected).toMatchObject({ status: 'rejected', duplicate: false });
    const fresh = new BatchCommandHandler({ eventStore: store, ...options });
    const [again] = await fresh.handleBatch([sourced(early)]);
    expect(again).toEqual({ ...rejected, duplicate: true });
    const record = await collect(store.readStream(`intakeRejections-${DAOLI}`));
    expect(record.map((event) => event.data)).toEqual([
      expect.objectContaining({
        messageId: 's-early',
        commandType: 'DefineStandard',
        source: 'tenant-system-test',
      }),
    ]);
  });

  it('rejects one bad message and stores the others of its batch', async () => {
    const forbidden = draft('d-forbidden', 'item-4');
    const outcomes = await batches.handleBatch(
      [register, assign, { ...forbidden, actor: countyAdmin('230382') }, draft('d5', 'item-5')].map(sourced),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'accepted',
      'accepted',
      'rejected',
      'accepted',
    ]);
    expect(outcomes[2]).toMatchObject({ code: expect.stringMatching(/^[A-Z_]+$/) as unknown });
  });

  it('reads a stream again when another writer moved it since it was cached', async () => {
    await batches.handleBatch([register, assign, draft('d6', 'item-6')].map(sourced));
    const other = new CommandHandler({ eventStore: store, ...options });
    await other.handle(define('s6', 'item-6'));
    const [outcome] = await batches.handleBatch([
      sourced(
        envelope('p6', {
          type: 'PublishCatalogueItem',
          data: { tenant: DAOLI, itemId: 'item-6', publishedOn: '2018-02-03' },
        }),
      ),
    ]);
    expect(outcome).toMatchObject({ status: 'accepted', revision: 2 });
  });
});
