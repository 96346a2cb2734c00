import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '@gongkai/domain';
import { domainTesting, isDomainError } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import { collect } from '@gongkai/testkit';
import { CommandHandler } from './commandHandler';
import type { CommandEnvelope } from './commandHandler';
import { eventIdFor } from './deterministicId';
import { isCommandRetriesExhaustedError } from './errors';

const { countyAdmin, testDirectory, testCalendar, completeStandard } = domainTesting;
const DAOLI = '230102';
const MISHAN = '230382';

let store: EventStore;
let handler: CommandHandler;
let sequence = 0;

const envelope = (command: Command, actor = countyAdmin(DAOLI)): CommandEnvelope => ({
  messageId: `message-${++sequence}`,
  command,
  actor,
  occurredAt: '2018-03-01T09:00:00+08:00',
});

const draft = (itemId: string, tenant = DAOLI): Command => ({
  type: 'DraftCatalogueItem',
  data: {
    tenant,
    itemId,
    areaCode: 'compulsory-education',
    name: { level1Name: '招生管理', level2Name: '招生范围' },
    source: 'public-service-list',
    draftedOn: '2018-02-01',
  },
});

const defineStandard = (itemId: string): Command => ({
  type: 'DefineStandard',
  data: { tenant: DAOLI, itemId, standard: completeStandard(), definedOn: '2018-02-02' },
});

const PROVINCE_ADMIN = domainTesting.provinceAdmin('230000');

beforeEach(async () => {
  store = openSqliteEventStore({ fileName: ':memory:' });
  handler = new CommandHandler({ eventStore: store, directory: testDirectory, calendar: testCalendar });
  // 道里区 is a registered pilot with 义务教育 among its areas.
  await handler.handle(
    envelope(
      {
        type: 'RegisterPilotUnit',
        data: { tenant: DAOLI, pilotLevel: 'national', registeredOn: '2017-08-09' },
      },
      PROVINCE_ADMIN,
    ),
  );
  await handler.handle(
    envelope(
      {
        type: 'AssignPilotAreas',
        data: { tenant: DAOLI, areas: ['compulsory-education'], assignedOn: '2017-08-09' },
      },
      PROVINCE_ADMIN,
    ),
  );
});
afterEach(() => store.close());

describe('the command handler', () => {
  it('appends what the domain decided, with metadata and ids derived from the message id', async () => {
    const message = envelope(draft('item-1'));
    const outcome = await handler.handle(message);

    expect(outcome).toMatchObject({
      streamId: `catalogueItem-${DAOLI}-item-1`,
      revision: 0,
      duplicate: false,
    });
    expect(outcome.eventIds).toEqual([eventIdFor(message.messageId, 0)]);
    const [recorded] = await collect(store.readStream(outcome.streamId));
    expect(recorded).toMatchObject({
      type: 'CatalogueItemDrafted',
      metadata: {
        tenant: DAOLI,
        actor: message.actor,
        correlationId: message.messageId,
        causationId: message.messageId,
      },
    });
  });

  it('decides against the loaded stream and appends at its revision', async () => {
    await handler.handle(envelope(draft('item-2')));
    const outcome = await handler.handle(envelope(defineStandard('item-2')));
    expect(outcome.revision).toBe(1);
    expect(outcome.events.map((event) => event.type)).toEqual(['StandardDefined']);
  });

  it('stores a redelivered message once and answers with the first outcome', async () => {
    const message = envelope(draft('item-3'));
    const first = await handler.handle(message);
    const again = await handler.handle(message);

    expect(again).toMatchObject({ duplicate: true, eventIds: first.eventIds, revision: first.revision });
    expect(await collect(store.readStream(first.streamId))).toHaveLength(1);
  });

  it('rejects a county acting for another county before touching the store', async () => {
    const attempt = handler.handle(envelope(draft('item-4', MISHAN)));
    await expect(attempt).rejects.toSatisfy(
      (error) => isDomainError(error) && error.code === 'TENANT_FORBIDDEN',
    );
    expect(await collect(store.readAll({ filter: { tenants: [MISHAN] } }))).toHaveLength(0);
  });

  it('passes a domain rejection through with its code', async () => {
    await handler.handle(envelope(draft('item-5')));
    const publishWithoutStandard: Command = {
      type: 'PublishCatalogueItem',
      data: { tenant: DAOLI, itemId: 'item-5', publishedOn: '2018-02-03' },
    };
    await expect(handler.handle(envelope(publishWithoutStandard))).rejects.toSatisfy(
      (error) => isDomainError(error) && error.code === 'STANDARD_NOT_DEFINED',
    );
  });

  it('lets exactly one of two racing commands win, and decides the other again on the new state', async () => {
    await handler.handle(envelope(draft('item-6')));
    const results = await Promise.allSettled([
      handler.handle(envelope(defineStandard('item-6'))),
      handler.handle(envelope(defineStandard('item-6'))),
    ]);
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const rejected = results.filter((result) => result.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    // The loser reloads, sees the standard, and is told to revise it instead.
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'STANDARD_ALREADY_DEFINED' });
    expect(await collect(store.readStream(`catalogueItem-${DAOLI}-item-6`))).toHaveLength(2);
  });

  it('gives up after a bounded number of attempts when the stream keeps changing', async () => {
    await handler.handle(envelope(draft('item-7')));
    const conflicting: EventStore = {
      ...store,
      readStream: (streamId, options) => store.readStream(streamId, options),
      append: () =>
        Promise.reject(Object.assign(new Error('conflict'), { code: 'STREAM_REVISION_CONFLICT' })),
      appendMany: () =>
        Promise.reject(Object.assign(new Error('conflict'), { code: 'STREAM_REVISION_CONFLICT' })),
    };
    const impatient = new CommandHandler({
      eventStore: conflicting,
      directory: testDirectory,
      calendar: testCalendar,
      maxAttempts: 3,
    });
    await expect(impatient.handle(envelope(defineStandard('item-7')))).rejects.toSatisfy(
      isCommandRetriesExhaustedError,
    );
  });
});
