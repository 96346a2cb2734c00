import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainTesting } from '@gongkai/domain';
import type { IntakeEnvelope } from '@gongkai/ingest';
import { createKafkaBus } from '@gongkai/messaging';
import { kafkaBrokersForTests } from '@gongkai/messaging/contract';
import type { ReadModelStore } from '@gongkai/projections';
import {
  CATALOGUE_ITEMS,
  collectionsOf,
  createMongoReadModelStore,
  createProjectors,
  projectorNames,
} from '@gongkai/projections';
import { context, mongoUrlForTests } from '@gongkai/projections/testing';
import { sleep, temporaryDirectory } from '@gongkai/testkit';
import { openSqliteEventStore } from '@gongkai/event-store';
import { ENVELOPES_PER_ITEM, itemLoad, pilotSetUp } from '../support/intakeLoad';
import type { IntakeRun, OutcomeWatch } from '../support/intakeRun';
import { prepareIntakeRun, storedLoad } from '../support/intakeRun';
import type { RoleProcess } from '../support/roleProcess';
import { startRole } from '../support/roleProcess';

const SUITE = 'Scale-out: two ingest and two project processes';
const brokers = await kafkaBrokersForTests(SUITE);
const mongoUrl = await mongoUrlForTests(SUITE);

const PROVINCE = '230000';
const SHARDS = 4;
const ITEMS = 300;
const PILOTS = domainTesting.testDirectory.all().filter((unit) => unit.pilotLevel);
const pilotLevelOf = (tenant: string) => PILOTS.find((unit) => unit.code === tenant)!.pilotLevel!;
const ids = (envelopes: readonly IntakeEnvelope[]) => envelopes.map((envelope) => envelope.messageId);

/**
 * The distributed stack on this machine: Kafka (intake), FerretDB/MongoDB (read models), one SQLite
 * event store file shared by the processes. Two `gongkai ingest` and two `gongkai project` run side
 * by side; one of each is killed with SIGKILL mid-flight and restarted. Then one `gongkai project`
 * alone builds the same read models into a second database, and the two must be equal.
 */
describe.skipIf(!brokers || !mongoUrl)(SUITE, () => {
  const database = `scale_${randomUUID().slice(0, 8)}`;
  const reference = `${database}_one`;
  let folder: ReturnType<typeof temporaryDirectory>;
  let run: IntakeRun;
  let watch: OutcomeWatch;
  let env: Record<string, string>;
  let envelopes: IntakeEnvelope[];
  const processes: RoleProcess[] = [];
  const bus = brokers ? createKafkaBus({ brokers, clientId: `scale-out-${randomUUID()}` }) : undefined;
  const stores: ReadModelStore[] = [];

  const role = async (name: 'ingest' | 'project', overrides: Record<string, string> = {}) => {
    const started = startRole(
      name,
      { ...env, ...overrides },
      `${name === 'ingest' ? 'ingest' : 'projection'} started`,
    );
    processes.push(started);
    await started.ready;
    return started;
  };

  const openStore = async (name: string) => {
    const store = await createMongoReadModelStore({ url: mongoUrl!, database: name });
    stores.push(store);
    return store;
  };

  const head = () => {
    const eventStore = openSqliteEventStore({ fileName: `${folder.path}/events.sqlite` });
    return eventStore.headPosition().finally(() => eventStore.close());
  };

  const lowestCheckpoint = async (store: ReadModelStore) =>
    Math.min(
      ...(await Promise.all(projectorNames({ count: SHARDS }).map((name) => store.getCheckpoint(name)))),
    );

  const caughtUp = async (store: ReadModelStore, position: number) => {
    const deadline = Date.now() + 240_000;
    while ((await lowestCheckpoint(store)) < position) {
      if (Date.now() > deadline)
        throw new Error(`projections stuck at ${await lowestCheckpoint(store)}, head ${position}`);
      await sleep(250);
    }
  };

  beforeAll(async () => {
    folder = temporaryDirectory('gongkai-scale-out-');
    run = await prepareIntakeRun(bus!, {
      brokers: brokers!,
      dataDir: folder.path,
      province: PROVINCE,
      partitions: 4,
    });
    env = {
      ...run.env,
      MONGODB_URL: mongoUrl!,
      MONGODB_DATABASE: database,
      GONGKAI_PROJECTION_SHARDS: String(SHARDS),
      PORT: '0',
      LOG_LEVEL: 'info',
    };
    const load = {
      tenants: PILOTS.map((unit) => unit.code),
      pilotLevelOf,
      province: PROVINCE,
      source: run.source.id,
      runId: randomUUID().slice(0, 8),
    };
    watch = await run.outcomes();
    const setUp = pilotSetUp(load);
    envelopes = [...itemLoad(load, ITEMS)];
    const [firstIngest] = await Promise.all([
      role('ingest'),
      role('ingest'),
      role('project'),
      role('project'),
    ]);
    await run.publish(setUp);
    await watch.waitForAll(ids(setUp), 120_000);
    await run.publish(envelopes);
    // Mid-flight: one ingestor dies without a goodbye, then one projector; both come back.
    await watch.reader.until(() => watch.byMessage().size >= setUp.length + envelopes.length / 3, 240_000);
    await firstIngest.kill('SIGKILL');
    await role('ingest');
    const store = await openStore(database);
    while ((await lowestCheckpoint(store)) === 0) await sleep(100);
    await processes[2]!.kill('SIGKILL');
    await role('project');
    await watch.waitForAll([...ids(setUp), ...ids(envelopes)], 280_000);
  }, 600_000);

  afterAll(async () => {
    await Promise.all(processes.map((process) => process.kill('SIGTERM')));
    await watch?.reader.stop();
    await bus?.close();
    for (const store of stores) await store.close();
    folder?.remove();
  });

  it('accepts every message once and stores every item with exactly its events', () => {
    const outcomes = watch.byMessage();
    const refused = ids(envelopes).filter((id) => outcomes.get(id)?.status !== 'accepted');
    expect(refused).toEqual([]);
    const stored = storedLoad(folder.path);
    expect(stored).toHaveLength(ITEMS);
    expect(
      stored.filter((stream) => stream.events !== ENVELOPES_PER_ITEM || stream.ids !== ENVELOPES_PER_ITEM),
    ).toEqual([]);
  });

  it('projects every shard up to the head, with no shard left behind after the kill', async () => {
    await caughtUp(await openStore(database), await head());
  });

  it('gives exactly the read models one projector alone builds', async () => {
    const position = await head();
    const scaled = await openStore(database);
    await caughtUp(scaled, position);
    await role('project', { MONGODB_DATABASE: reference });
    const alone = await openStore(reference);
    await caughtUp(alone, position);
    for (const collection of collectionsOf(createProjectors(context))) {
      const everything = (store: ReadModelStore) => store.find(collection, { sort: [{ field: '_id' }] });
      const [expected, actual] = await Promise.all([everything(alone), everything(scaled)]);
      expect(actual.length, collection).toBe(expected.length);
      expect(actual, collection).toEqual(expected);
    }
    const items = await scaled.count(CATALOGUE_ITEMS);
    expect(items).toBe(ITEMS);
  });
});
