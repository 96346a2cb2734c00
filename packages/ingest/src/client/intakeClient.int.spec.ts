import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WriteCore } from '@gongkai/command-handling';
import { domainTesting } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import { openSqliteEventStore } from '@gongkai/event-store';
import type { Bus } from '@gongkai/messaging';
import { createInProcessBus } from '@gongkai/messaging';
import type { IntakeEnvelope } from '../envelope/intakeEnvelope';
import { Ingestor } from '../ingestor/ingestor';
import { SourceRegistry } from '../sources/sourceRegistry';
import { intakeTopicSpecs } from '../topics/topics';
import { IntakeClient } from './intakeClient';

const { testDirectory, testCalendar, provinceAdmin } = domainTesting;
const source = { id: 'gongkai-graphql', key: 'graphql-key-0123456789abcdef0123456789' };
const registry = new SourceRegistry(
  [{ id: source.id, name: 'GraphQL API', tenants: ['230000'], keys: [source.key] }],
  testDirectory,
);

const register = (messageId: string): IntakeEnvelope => ({
  specVersion: 1,
  messageId,
  tenant: '230102',
  source: source.id,
  type: 'RegisterPilotUnit',
  payload: { pilotLevel: 'national', registeredOn: '2017-08-09' },
  actor: provinceAdmin('230000'),
  occurredAt: '2017-08-09T09:00:00+08:00',
});

let store: EventStore;
let bus: Bus;
let ingestor: Ingestor;

beforeEach(async () => {
  store = openSqliteEventStore({ fileName: ':memory:' });
  bus = createInProcessBus({ partitions: 2 });
  await bus.ensureTopics(intakeTopicSpecs(2));
  const core = new WriteCore({ eventStore: store, directory: testDirectory, calendar: testCalendar });
  ingestor = new Ingestor({ bus, core, registry });
});
afterEach(async () => {
  await ingestor.stop();
  await bus.close();
  await store.close();
});

describe('the intake client', () => {
  it('sends an envelope and resolves with its outcome', async () => {
    await ingestor.start();
    const client = new IntakeClient({ bus, source });
    await client.start();
    const outcome = await client.send(register('first'));
    expect(outcome).toMatchObject({ status: 'accepted', streamId: 'pilotUnit-230102', revision: 0 });
    expect(client.status(source.id, 'first')).toEqual(outcome);
    await client.stop();
  });

  it('answers pending past its timeout and tells the outcome once it arrives', async () => {
    const client = new IntakeClient({ bus, source, timeoutMs: 50 });
    await client.start();
    expect(await client.send(register('slow'))).toEqual({ status: 'pending', messageId: 'slow' });
    expect(client.status(source.id, 'slow')).toEqual({ status: 'pending', messageId: 'slow' });
    expect(client.status(source.id, 'never-sent')).toEqual({ status: 'unknown', messageId: 'never-sent' });
    await ingestor.start();
    const deadline = Date.now() + 5_000;
    while (client.status(source.id, 'slow').status === 'pending' && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(client.status(source.id, 'slow')).toMatchObject({ status: 'accepted', revision: 0 });
    await client.stop();
  });
});
