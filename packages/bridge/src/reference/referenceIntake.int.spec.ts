import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '@gongkai/domain';
import { domainTesting, heilongjiangSeed, officialWorkingDayCalendar } from '@gongkai/domain';
import type { CommandEnvelope } from '@gongkai/command-handling';
import { acceptedOrThrow, WriteCore } from '@gongkai/command-handling';
import type { EventStore, RecordedEvent } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import type { Bus } from '@gongkai/messaging';
import { createInProcessBus } from '@gongkai/messaging';
import { collect } from '@gongkai/testkit';
import { REFERENCE_ITEMS_TOPIC } from '../topics';
import type { DraftEnvelope } from './draftEnvelope';
import { pilotAreasFromEventStore } from './pilotAreasFromEventStore';
import type { DeadLetter } from './referenceIntake';
import { createReferenceIntake } from './referenceIntake';

const { command, provinceAdmin, testDirectory, DAOLI } = domainTesting;

// The bridge declares the envelope itself; it must stay what the write core takes.
const _sameEnvelope = (envelope: DraftEnvelope): CommandEnvelope => envelope;

let eventStore: EventStore;
let bus: Bus;
let core: WriteCore;

const asProvince = async (messageId: string, cmd: Command) =>
  acceptedOrThrow(
    await core.handle({
      messageId,
      command: cmd,
      actor: provinceAdmin(),
      occurredAt: '2017-08-15T09:00:00+08:00',
    }),
  );

const item = (listCode: string, name: string, area = '义务教育') => ({
  specVersion: 1,
  listKind: 'public-service-list',
  tenant: DAOLI,
  listCode,
  name,
  area,
});

const drafts = (): Promise<RecordedEvent[]> =>
  collect(eventStore.readAll({ filter: { types: ['CatalogueItemDrafted'] } }));

/** Subscribes the intake to the reference topic; the subscription fails the first batch once, as a crash would. */
const subscribeIntake = async (deadLetters: DeadLetter[], handled: { count: number }, failFirst = false) => {
  let failed = !failFirst;
  const intake = createReferenceIntake({
    send: (envelope) => core.handle(envelope),
    deadLetter: (letter) => void deadLetters.push(letter),
    pilotAreasOf: pilotAreasFromEventStore(eventStore),
    areas: heilongjiangSeed.areas,
  });
  return bus.subscribe({
    groupId: 'bridge-reference-intake',
    topics: [REFERENCE_ITEMS_TOPIC],
    fromBeginning: true,
    redelivery: { initialDelayMs: 5 },
    handleBatch: async (batch) => {
      await intake.handleBatch(batch);
      if (!failed) {
        failed = true;
        throw new Error('crashed after sending, before committing the offsets');
      }
      handled.count += batch.length;
    },
  });
};

beforeEach(async () => {
  eventStore = openSqliteEventStore({ fileName: ':memory:' });
  bus = createInProcessBus({ topics: [{ topic: REFERENCE_ITEMS_TOPIC, partitions: 2 }] });
  core = new WriteCore({
    eventStore,
    directory: testDirectory,
    calendar: officialWorkingDayCalendar,
  });
  await asProvince(
    'register-daoli',
    command('RegisterPilotUnit', { tenant: DAOLI, pilotLevel: 'national', registeredOn: '2017-08-09' }),
  );
  await asProvince(
    'assign-daoli',
    command('AssignPilotAreas', {
      tenant: DAOLI,
      areas: ['compulsory-education', 'affordable-housing'],
      assignedOn: '2017-08-15',
    }),
  );
});

afterEach(async () => {
  await bus.close();
  await eventStore.close();
});

describe('reference items from the data-sharing bus', () => {
  it('delivered twice, re-sent and renamed, each item is drafted once, by the bridge, as its first version says', async () => {
    const messages = [
      item('GG-230102-JY-001', '义务教育阶段招生入学'),
      item('GG-230102-JY-002', '义务教育阶段转学'),
      item('GG-230102-ZF-001', '公共租赁住房保障', '保障性住房'),
    ];
    const publish = (values: unknown[]) =>
      bus.publish(
        REFERENCE_ITEMS_TOPIC,
        values.map((value) => ({ key: DAOLI, value: JSON.stringify(value) })),
      );
    await publish(messages);
    await publish([
      ...messages,
      { ...messages[0], name: '义务教育招生入学（修订）' },
      { specVersion: 1, tenant: DAOLI },
    ]);

    const deadLetters: DeadLetter[] = [];
    const handled = { count: 0 };
    const subscription = await subscribeIntake(deadLetters, handled, true);
    await expect.poll(() => handled.count, { timeout: 20_000 }).toBe(8);
    await subscription.stop();

    const drafted = await drafts();
    expect(drafted).toHaveLength(3);
    expect(
      drafted.map((event) => (event.data as { name: { level2Name: string } }).name.level2Name).sort(),
    ).toEqual(['义务教育阶段招生入学', '义务教育阶段转学', '公共租赁住房保障'].sort());
    expect(drafted.every((event) => event.metadata.actor.id === 'system:data-sharing-bridge')).toBe(true);
    // The invalid message was in the batch handled twice: dead letters are at least once too.
    expect(new Set(deadLetters.map((letter) => letter.code))).toEqual(new Set(['REFERENCE_MESSAGE_INVALID']));
  });

  it('an item outside the pilot areas of its county is not drafted, and says why', async () => {
    await bus.publish(REFERENCE_ITEMS_TOPIC, [
      { key: DAOLI, value: JSON.stringify(item('GG-230102-JZ-001', '最低生活保障审批', '社会救助')) },
    ]);
    const deadLetters: DeadLetter[] = [];
    const handled = { count: 0 };
    const subscription = await subscribeIntake(deadLetters, handled);
    await expect.poll(() => handled.count, { timeout: 20_000 }).toBe(1);
    await subscription.stop();
    expect(await drafts()).toEqual([]);
    expect(deadLetters).toEqual([
      expect.objectContaining({
        code: 'REFERENCE_AREA_UNMAPPED',
        reason: expect.stringMatching(/社会救助/) as string,
      }),
    ]);
  });
});
