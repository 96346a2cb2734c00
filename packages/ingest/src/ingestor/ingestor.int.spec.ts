import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WriteCore } from '@gongkai/command-handling';
import { domainTesting } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import type { Bus, BusMessage } from '@gongkai/messaging';
import { createInProcessBus } from '@gongkai/messaging';
import { collect } from '@gongkai/testkit';
import { encodeIntakeMessage } from '../envelope/encodeIntakeMessage';
import type { IntakeEnvelope } from '../envelope/intakeEnvelope';
import { SourceRegistry } from '../sources/sourceRegistry';
import { DeadLetterSchema, IntakeOutcomeSchema } from '../topics/messages';
import type { DeadLetter, IntakeOutcome } from '../topics/messages';
import { DEAD_LETTER_TOPIC, INTAKE_TOPIC, intakeTopicSpecs, OUTCOME_TOPIC } from '../topics/topics';
import { MAX_ENVELOPE_BYTES } from '../envelope/readIntakeMessage';
import { signMessage } from '../sources/sourceRegistry';
import { Ingestor } from './ingestor';
import { intakeMetricsText } from './intakeHealth';

const { testDirectory, testCalendar, provinceAdmin, countyAdmin } = domainTesting;
const DAOLI = '230102';
const DAOLI_KEY = 'daoli-oa-key-0123456789abcdef0123456789';
const PROVINCE_KEY = 'province-key-0123456789abcdef0123456789';
const registry = new SourceRegistry(
  [
    { id: 'daoli-oa', name: '道里区办公系统', tenants: [DAOLI], keys: [DAOLI_KEY] },
    { id: 'province-hub', name: '省政务公开平台', tenants: ['230000'], keys: [PROVINCE_KEY] },
  ],
  testDirectory,
);

let sequence = 0;
const envelopeOf = (
  type: string,
  payload: Record<string, unknown>,
  overrides: Partial<IntakeEnvelope> = {},
) =>
  ({
    specVersion: 1,
    messageId: `m-${++sequence}`,
    tenant: DAOLI,
    source: 'daoli-oa',
    type,
    payload,
    actor: countyAdmin(DAOLI),
    occurredAt: '2018-03-01T09:00:00+08:00',
    ...overrides,
  }) as IntakeEnvelope;

const setUp = [
  envelopeOf(
    'RegisterPilotUnit',
    { pilotLevel: 'national', registeredOn: '2017-08-09' },
    { source: 'province-hub', actor: provinceAdmin('230000') },
  ),
  envelopeOf(
    'AssignPilotAreas',
    { areas: ['compulsory-education'], assignedOn: '2017-08-09' },
    { source: 'province-hub', actor: provinceAdmin('230000') },
  ),
];
const draft = (itemId: string) =>
  envelopeOf('DraftCatalogueItem', {
    itemId,
    areaCode: 'compulsory-education',
    name: { level1Name: '招生管理', level2Name: '招生范围' },
    source: 'public-service-list',
    draftedOn: '2018-02-01',
  });
const keyOf = (envelope: IntakeEnvelope) => (envelope.source === 'daoli-oa' ? DAOLI_KEY : PROVINCE_KEY);
const send = (bus: Bus, ...envelopes: IntakeEnvelope[]) =>
  bus.publish(
    INTAKE_TOPIC,
    envelopes.map((envelope) => encodeIntakeMessage(envelope, keyOf(envelope))),
  );

/** Everything on a topic, read in a group of its own, once `count` messages are there. */
const readTopic = async (bus: Bus, topic: string, count: number): Promise<BusMessage[]> => {
  const seen: BusMessage[] = [];
  const subscription = await bus.subscribe({
    groupId: `reader-${++sequence}`,
    topics: [topic],
    fromBeginning: true,
    handleBatch: (batch) => {
      seen.push(...batch);
      return Promise.resolve();
    },
  });
  const deadline = Date.now() + 5_000;
  while (seen.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  await subscription.stop();
  return seen;
};
const outcomes = async (bus: Bus, count: number): Promise<IntakeOutcome[]> =>
  (await readTopic(bus, OUTCOME_TOPIC, count)).map((m) =>
    IntakeOutcomeSchema.parse(JSON.parse(m.value.toString())),
  );
const deadLetters = async (bus: Bus, count: number): Promise<DeadLetter[]> =>
  (await readTopic(bus, DEAD_LETTER_TOPIC, count)).map((m) =>
    DeadLetterSchema.parse(JSON.parse(m.value.toString())),
  );
const byId = (all: IntakeOutcome[], envelope: IntakeEnvelope) =>
  all.filter((outcome) => outcome.messageId === envelope.messageId);

let store: EventStore;
let bus: Bus;
let ingestor: Ingestor;

beforeEach(async () => {
  store = openSqliteEventStore({ fileName: ':memory:' });
  bus = createInProcessBus({ partitions: 4 });
  await bus.ensureTopics(intakeTopicSpecs(4));
  const core = new WriteCore({ eventStore: store, directory: testDirectory, calendar: testCalendar });
  ingestor = new Ingestor({ bus, core, registry, timeStages: true });
  await ingestor.start();
  await send(bus, ...setUp);
});
afterEach(async () => {
  await ingestor.stop();
  await bus.close();
  await store.close();
});

describe('the ingestor', () => {
  it('stores a tenant system’s command and publishes its acceptance with the event ids', async () => {
    const message = draft('item-1');
    await send(bus, message);
    const [outcome] = byId(await outcomes(bus, 3), message);
    const stored = await collect(store.readStream(`catalogueItem-${DAOLI}-item-1`));
    expect(outcome).toMatchObject({
      status: 'accepted',
      tenant: DAOLI,
      source: 'daoli-oa',
      streamId: `catalogueItem-${DAOLI}-item-1`,
      revision: 0,
      eventIds: stored.map((event) => event.eventId),
      duplicate: false,
    });
    expect(stored[0]!.metadata).toMatchObject({ actor: countyAdmin(DAOLI), causationId: message.messageId });
  });

  it('stores a message delivered twice once, and answers the second time with the same outcome', async () => {
    const message = draft('item-2');
    await send(bus, message);
    await send(bus, message);
    const twice = byId(await outcomes(bus, 4), message);
    expect(twice).toHaveLength(2);
    expect(twice[1]).toEqual({ ...twice[0], duplicate: true, decidedAt: twice[1]!.decidedAt });
    expect(await collect(store.readStream(`catalogueItem-${DAOLI}-item-2`))).toHaveLength(1);
  });

  it('sends unreadable messages to the dead-letter topic with the reason and the bytes, and goes on', async () => {
    await bus.publish(INTAKE_TOPIC, [{ key: DAOLI, value: '{"not json' }]);
    await send(bus, envelopeOf('LaunchRocket', {}));
    await send(bus, envelopeOf('DraftCatalogueItem', { itemId: 'item-3' }));
    await send(bus, { ...draft('item-4'), occurredAt: 'yesterday' });
    const behind = draft('item-5');
    await send(bus, behind);

    const letters = await deadLetters(bus, 4);
    expect(letters.map((letter) => letter.code).sort()).toEqual(
      ['INVALID_ENVELOPE', 'INVALID_PAYLOAD', 'MALFORMED_MESSAGE', 'UNKNOWN_COMMAND_TYPE'].sort(),
    );
    const malformed = letters.find((letter) => letter.code === 'MALFORMED_MESSAGE')!;
    expect(Buffer.from(malformed.original.valuePrefixBase64, 'base64').toString()).toBe('{"not json');
    const payload = letters.find((letter) => letter.code === 'INVALID_PAYLOAD')!;
    expect(payload.issues.join('\n')).toMatch(/areaCode/);
    expect(byId(await outcomes(bus, 3), behind)).toMatchObject([{ status: 'accepted' }]);
  });

  it('refuses unknown sources, bad signatures and tenants outside the source’s own', async () => {
    const unknown = { ...draft('item-6'), source: 'somebody' };
    const foreign = { ...draft('item-7'), tenant: '230382', actor: countyAdmin('230382') };
    await send(bus, unknown, foreign);
    const forged = draft('item-8');
    await bus.publish(INTAKE_TOPIC, [encodeIntakeMessage(forged, 'not-the-key-0123456789abcdef0123456789')]);
    const all = await outcomes(bus, 5);
    expect(byId(all, unknown)).toMatchObject([{ status: 'rejected', code: 'SOURCE_UNKNOWN' }]);
    expect(byId(all, foreign)).toMatchObject([{ status: 'rejected', code: 'SOURCE_TENANT_FORBIDDEN' }]);
    expect(byId(all, forged)).toMatchObject([{ status: 'rejected', code: 'SOURCE_SIGNATURE_INVALID' }]);
    expect(await store.headPosition()).toBe(2);
  });

  it('answers a domain refusal with its code, keeps it on record without growing the event store', async () => {
    const early = envelopeOf('PublishCatalogueItem', { itemId: 'item-9', publishedOn: '2018-02-03' });
    await send(bus, early);
    await send(bus, draft('item-9'));
    await send(bus, early);
    const twice = byId(await outcomes(bus, 5), early);
    expect(twice).toMatchObject([
      { status: 'rejected', code: 'ITEM_NOT_DRAFTED', duplicate: false },
      { status: 'rejected', code: 'ITEM_NOT_DRAFTED', duplicate: true },
    ]);
    // The two set-up events and the draft: the refusal is an outcome record, not an event.
    expect(await store.headPosition()).toBe(3);
    expect(await collect(store.readAll({ filter: { streamPrefixes: ['intakeRejections-'] } }))).toEqual([]);
  });

  it('refuses the same message id with another payload as MESSAGE_ID_CONFLICT and stores nothing', async () => {
    const first = draft('item-10');
    await send(bus, first);
    const other = { ...first, payload: { ...first.payload, itemId: 'item-11' } };
    await send(bus, other);
    const both = byId(await outcomes(bus, 4), first);
    expect(both).toMatchObject([{ status: 'accepted' }, { status: 'rejected', code: 'MESSAGE_ID_CONFLICT' }]);
    expect(await collect(store.readStream(`catalogueItem-${DAOLI}-item-11`))).toEqual([]);
  });

  it('dead-letters an envelope over the size limit before parsing it, with a dead letter of bounded size', async () => {
    // Valid JSON of ~850 KB, signed: only its size is wrong (issue 14: its base64 copy broke the broker).
    const huge = Buffer.from(JSON.stringify({ ...draft('item-10'), correlationId: 'x'.repeat(850_000) }));
    await bus.publish(INTAKE_TOPIC, [
      { key: DAOLI, value: huge, headers: { 'gongkai-signature': signMessage(huge, DAOLI_KEY) } },
    ]);
    const behind = draft('item-11');
    await send(bus, behind);
    const all = await readTopic(bus, DEAD_LETTER_TOPIC, 1);
    expect(all).toHaveLength(1);
    expect(all[0]!.value.length).toBeLessThan(8_192);
    const [letter] = all.map((m) => DeadLetterSchema.parse(JSON.parse(m.value.toString())));
    expect(letter).toMatchObject({
      code: 'ENVELOPE_TOO_LARGE',
      messageId: null,
      original: {
        topic: INTAKE_TOPIC,
        size: huge.length,
        sha256: createHash('sha256').update(huge).digest('hex'),
      },
    });
    expect(letter!.reason).toContain(String(MAX_ENVELOPE_BYTES));
    expect(Buffer.from(letter!.original.valuePrefixBase64, 'base64')).toEqual(huge.subarray(0, 2048));
    expect(byId(await outcomes(bus, 3), behind)).toMatchObject([{ status: 'accepted' }]);
    expect(ingestor.stats.deadLettersByCode).toEqual({ ENVELOPE_TOO_LARGE: 1 });
  });

  it('refuses a message whose Kafka key is not its tenant (or missing), storing nothing', async () => {
    const wrongKey = draft('item-12');
    const noKey = draft('item-13');
    await bus.publish(INTAKE_TOPIC, [
      { ...encodeIntakeMessage(wrongKey, DAOLI_KEY), key: '230103' },
      { ...encodeIntakeMessage(noKey, DAOLI_KEY), key: null },
    ]);
    const all = await outcomes(bus, 4);
    for (const message of [wrongKey, noKey]) {
      const [outcome] = byId(all, message);
      expect(outcome).toMatchObject({ status: 'rejected', code: 'INTAKE_KEY_MISMATCH', duplicate: false });
      expect(outcome).toHaveProperty('reason', expect.stringContaining('murmur2') as unknown);
    }
    expect(await store.headPosition()).toBe(2);
  });

  it('reports each partition it handled as caught up, and its figures in the Prometheus format', async () => {
    await bus.publish(INTAKE_TOPIC, [{ key: DAOLI, value: 'not json' }]);
    await send(bus, draft('item-14'));
    await outcomes(bus, 3);
    const health = ingestor.health();
    expect(health).toMatchObject({ ready: true, stuckPartitions: [], oldestUndecidedAgeMs: 0 });
    expect(health.partitions.length).toBeGreaterThan(0);
    expect(health.partitions.every((partition) => partition.lag === 0 && partition.busySince === null)).toBe(
      true,
    );
    const text = intakeMetricsText(ingestor.stats, health);
    expect(text).toContain('gongkai_intake_dead_letters_total{code="MALFORMED_MESSAGE"} 1');
    expect(text).toMatch(/gongkai_intake_consumer_lag\{topic="gongkai\.intake\.v1",partition="\d"\} 0/);
    expect(text).toContain('gongkai_intake_oldest_undecided_seconds 0');
    expect(text).toMatch(/gongkai_intake_stage_cpu_seconds_total\{stage="decide"\} \d/);
    expect(text).toMatch(/gongkai_intake_wait_seconds_total\{wait="publish"\} \d/);
    expect(ingestor.stats.batches).toBeGreaterThan(0);
    expect(text).toContain(`gongkai_intake_batches_total ${ingestor.stats.batches}`);
  });

  it('decides the batches of several partitions that wait for the core together, one core batch', async () => {
    const sizes: number[] = [];
    const core = new WriteCore({ eventStore: store, directory: testDirectory, calendar: testCalendar });
    const grouping = new Ingestor({
      bus,
      registry,
      core: {
        handleBatch: (commands) => {
          sizes.push(commands.length);
          return core.handleBatch(commands);
        },
      },
    });
    await outcomes(bus, 2);
    const asDelivered = (envelope: IntakeEnvelope, partition: number): BusMessage =>
      ({
        ...encodeIntakeMessage(envelope, keyOf(envelope)),
        topic: INTAKE_TOPIC,
        partition,
        offset: '0',
        timestamp: Date.now(),
      }) as BusMessage;
    const batches = [
      [draft('item-g1'), draft('item-g2')],
      [draft('item-g3')],
      [draft('item-g4'), draft('item-g5')],
    ].map((envelopes, partition) => envelopes.map((envelope) => asDelivered(envelope, partition)));
    await Promise.all(batches.map((batch) => grouping.handleBatch(batch)));
    // The first batch finds the core idle; the two that arrive while it decides go together.
    expect(sizes).toEqual([2, 3]);
    expect(grouping.stats).toMatchObject({ messages: 5, accepted: 5 });
    for (const itemId of ['item-g1', 'item-g3', 'item-g5'])
      expect(await collect(store.readStream(`catalogueItem-${DAOLI}-${itemId}`))).toHaveLength(1);
  });

  it('is not ready while a partition has waited longer than the threshold, and says which', async () => {
    const failing = new Ingestor({
      bus,
      registry,
      stuckAfterMs: 200,
      groupId: 'a-failing-ingestor',
      core: { handleBatch: () => Promise.reject(new Error('the event store is down')) },
    });
    await failing.start();
    try {
      await send(bus, draft('item-15'));
      const deadline = Date.now() + 10_000;
      while (failing.health().ready && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const health = failing.health();
      expect(health.ready).toBe(false);
      expect(health.stuckPartitions).toHaveLength(1);
      expect(health.oldestUndecidedAgeMs).toBeGreaterThan(200);
      expect(
        health.partitions.find((p) => p.partition === health.stuckPartitions[0])!.attempts,
      ).toBeGreaterThan(0);
    } finally {
      await failing.stop();
    }
  });
});
