import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateSigningKey } from '@gongkai/api';
import { PUBLIC_EVENTS_TOPIC } from '@gongkai/bridge';
import { heilongjiangMilestones } from '@gongkai/domain';
import { openSqliteEventStore } from '@gongkai/event-store';
import { createKafkaBus } from '@gongkai/messaging';
import { kafkaBrokersForTests } from '@gongkai/messaging/contract';
import type { ReadModelStore } from '@gongkai/projections';
import {
  ReadModelViewQueries,
  createProjectors,
  createSqliteReadModelStore,
  rebuildProjections,
} from '@gongkai/projections';
import { context, directory, mongoUrlForTests } from '@gongkai/projections/testing';
import { sleep, temporaryDirectory } from '@gongkai/testkit';
import { accepted } from '../support/commands';
import { completeStandardInput } from '../support/standards';
import type { TestPlatform } from '../support/platform';
import { bearer, postGraphQL } from '../support/graphql';
import type { RoleProcess } from '../support/roleProcess';
import { CLI, TSX, startRole } from '../support/roleProcess';
import { readTopic } from '../support/topicReader';
import type { TopicReader } from '../support/topicReader';
import type { Principal } from '../support/tokens';
import { admin, validToken } from '../support/tokens';

const SUITE = 'Every role in a process of its own';
const brokers = await kafkaBrokersForTests(SUITE);
const mongoUrl = await mongoUrlForTests(SUITE);

const PROVINCE_ADMIN = admin('230000', 'province');
const DAOLI_ADMIN = admin('230102', 'county');

/**
 * The whole flow through the distributed stack, every role its own process: `gongkai seed`, then
 * `gongkai api`, `ingest`, `project` and `relay` on Kafka and MongoDB (FerretDB here) over one
 * SQLite event store. A mutation sent to the API is decided by the ingest process, projected by the
 * project process, read back through the API and published by the relay.
 */
describe.skipIf(!brokers || !mongoUrl)(SUITE, () => {
  const run = randomUUID().slice(0, 8);
  const folder = temporaryDirectory('gongkai-roles-');
  const env: Record<string, string> = {
    KAFKA_BROKERS: (brokers ?? []).join(','),
    MONGODB_URL: mongoUrl ?? '',
    MONGODB_DATABASE: `roles_${run}`,
    GONGKAI_TOPIC_PREFIX: `roles-${run}.`,
    GONGKAI_DATA_DIR: folder.path,
    GONGKAI_PROJECTION_SHARDS: '3',
    PORT: '0',
  };
  const roles: Record<string, RoleProcess> = {};
  const bus = brokers ? createKafkaBus({ brokers, clientId: `roles-${run}` }) : undefined;
  let publicEvents: TopicReader;
  let apiUrl: string;
  let token: (principal: Principal) => Promise<string>;
  let reference: ReadModelStore;

  /** Stands in for TestPlatform where the support helpers need one: GraphQL through the API process. */
  const client = {
    graphql: async (principal: Principal, query: string, variables?: Record<string, unknown>) =>
      postGraphQL(apiUrl, {
        authorization: bearer(await token(principal)),
        query,
        ...(variables ? { variables } : {}),
      }),
  } as unknown as TestPlatform;

  const readyz = async (role: string) => {
    const response = await fetch(`${roles[role]!.url()}/readyz`);
    return { status: response.status, body: (await response.json()) as { details: Record<string, unknown> } };
  };

  beforeAll(async () => {
    // As an operator brings up a new province: seed it, build its read models in bulk, start the roles.
    for (const command of ['seed', 'rebuild'])
      await promisify(execFile)(process.execPath, ['--import', TSX, CLI, command], {
        env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
      });
    // As an orchestrator would (a startup probe): a role that has not started within a minute is
    // killed and started again, once. On a freshly formatted broker a first group join can stall.
    const launch = async (role: string, message: string): Promise<RoleProcess> => {
      for (let attempt = 1; ; attempt++) {
        const process = startRole(role, env, message);
        const started = await Promise.race([process.ready.then(() => true), sleep(60_000).then(() => false)]);
        if (started) return process;
        await process.kill('SIGKILL');
        if (attempt === 2)
          throw new Error(`gongkai ${role} did not start: ${process.stderr()}${process.stdout()}`);
        console.warn(
          `gongkai ${role} had not started within 60 s: killed and started again. Its output:\n${process.stderr()}${process.stdout()}`,
        );
      }
    };
    roles.ingest = await launch('ingest', 'ingest started');
    roles.project = await launch('project', 'projection started');
    roles.relay = await launch('relay', 'relay started');
    roles.api = await launch('api', 'api started');
    apiUrl = roles.api.url()!;
    const key = await loadOrCreateSigningKey(folder.path);
    token = (principal) => validToken(key, principal);
    publicEvents = await readTopic(bus!, `${env.GONGKAI_TOPIC_PREFIX}${PUBLIC_EVENTS_TOPIC}`);
    // The same event store rebuilt into SQLite in this process: what the read models must show.
    const eventStore = openSqliteEventStore({ fileName: `${folder.path}/events.sqlite` });
    reference = await createSqliteReadModelStore({ path: ':memory:' });
    await rebuildProjections({
      eventStore,
      readModelStore: reference,
      projectors: createProjectors(context),
    });
    await eventStore.close();
  }, 300_000);

  afterAll(async () => {
    await Promise.all(Object.values(roles).map((role) => role.kill('SIGTERM')));
    await publicEvents?.stop();
    await bus?.close();
    await reference?.close();
    folder.remove();
  });

  it('the API is ready once the projections caught up with the seed, and says how far behind they are', async () => {
    const deadline = Date.now() + 120_000;
    let last = await readyz('api');
    while ((last.status !== 200 || last.body.details.projectionLag !== 0) && Date.now() < deadline) {
      await sleep(500);
      last = await readyz('api');
    }
    expect(last.status).toBe(200);
    expect(last.body.details.projectionLag).toBe(0);
  });

  it('every other role answers /healthz, /readyz and /metrics', async () => {
    for (const role of ['ingest', 'project', 'relay']) {
      expect((await fetch(`${roles[role]!.url()}/healthz`)).status).toBe(200);
      expect((await readyz(role)).status).toBe(200);
      expect(await (await fetch(`${roles[role]!.url()}/metrics`)).text()).toContain(
        'process_cpu_seconds_total',
      );
    }
    expect((await readyz('project')).body.details.shards).toEqual([0, 1, 2]);
  });

  it('serves the seeded province from MongoDB exactly as the embedded read models show it', async () => {
    const eventStore = openSqliteEventStore({ fileName: `${folder.path}/events.sqlite` });
    try {
      const views = new ReadModelViewQueries({
        readModelStore: reference,
        eventStore,
        directory,
        milestones: heilongjiangMilestones,
      });
      const expected = await views.provinceView('230000');
      const response = await client.graphql(
        PROVINCE_ADMIN,
        '{ provinceView(code: "230000") { basis { position } counties { tenant items publishedItems disclosures completeStandards onTimeRate status } } }',
      );
      expect(response.body.errors).toBeUndefined();
      const view = response.body.data?.provinceView as { basis: { position: number }; counties: unknown[] };
      expect(view.basis.position).toBe(expected!.basis.position);
      expect(view.counties).toEqual(
        expected!.counties.map((row) => ({
          tenant: row.tenant,
          items: row.items,
          publishedItems: row.publishedItems,
          disclosures: row.disclosures,
          completeStandards: row.completeStandards,
          onTimeRate: row.onTimeRate,
          status: row.status.toUpperCase().replaceAll('-', '_'),
        })),
      );
      expect(view.counties.length).toBeGreaterThan(10);
    } finally {
      await eventStore.close();
    }
  });

  it('decides mutations in the ingest process, projects them, serves them and relays the public one to the data-sharing bus', async () => {
    const item = { tenant: '230102', itemId: `roles-${run}` };
    const name = { level1Name: '招生管理', level2Name: `招生范围 ${run}` };
    await accepted(client, DAOLI_ADMIN, 'draftCatalogueItem', {
      ...item,
      areaCode: 'compulsory-education',
      name,
      source: 'PUBLIC_SERVICE_LIST',
      draftedOn: '2018-02-01',
    });
    await accepted(client, DAOLI_ADMIN, 'defineStandard', {
      ...item,
      standard: completeStandardInput(name),
      definedOn: '2018-02-02',
    });
    const published = await accepted(client, DAOLI_ADMIN, 'publishCatalogueItem', {
      ...item,
      publishedOn: '2018-02-12',
    });
    const deadline = Date.now() + 60_000;
    let served: unknown = null;
    while (served === null && Date.now() < deadline) {
      const response = await client.graphql(
        DAOLI_ADMIN,
        `{ catalogueItem(tenant: "230102", id: "${item.itemId}") { itemId status } }`,
      );
      const found = response.body.data?.catalogueItem as { status: string } | null | undefined;
      served = found?.status === 'PUBLISHED' ? found : null;
      if (served === null) await sleep(200);
    }
    expect(served).toEqual({ itemId: item.itemId, status: 'PUBLISHED' });
    // The relay publishes the whole seed's public events first (about 7,000), then this one.
    const eventId = published.events[0]!.eventId;
    await publicEvents.until(
      (messages) =>
        messages.some(
          (message) => (JSON.parse(message.value.toString('utf8')) as { id: string }).id === eventId,
        ),
      240_000,
    );
  });
});
