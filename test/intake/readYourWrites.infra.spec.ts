import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kafkaBrokersForTests } from '@gongkai/messaging/contract';
import type { CommandAccepted } from '../support/commands';
import { mutationDocument } from '../support/commands';
import type { TestPlatform } from '../support/platform';
import { startTestPlatform } from '../support/platform';
import { admin } from '../support/tokens';

const brokers = await kafkaBrokersForTests('Read-your-writes on Kafka');
const DAOLI = '230102';
const province = admin('230000', 'province');
const daoli = admin(DAOLI, 'county');

const ITEM = `query ($tenant: TenantCode!, $id: ID!) { catalogueItem(tenant: $tenant, id: $id) { itemId } }`;

describe.skipIf(brokers === undefined)('read-your-writes with the intake on a real Kafka broker', () => {
  let platform: TestPlatform;
  const mutate = async (principal: typeof daoli, name: string, input: object, messageId?: string) => {
    const response = await platform.graphql(principal, mutationDocument(name), {
      input,
      occurredAt: '2018-02-01T17:00:00+08:00',
      ...(messageId ? { messageId } : {}),
    });
    return response.body.data?.[name] as CommandAccepted & { duplicate: boolean; eventIds: string[] };
  };

  beforeAll(async () => {
    platform = await startTestPlatform({
      seed: false,
      env: {
        KAFKA_BROKERS: brokers!.join(','),
        GONGKAI_TOPIC_PREFIX: `ryw-${randomUUID().slice(0, 8)}.`,
        GONGKAI_INTAKE_PARTITIONS: '2',
        GONGKAI_INTAKE_TIMEOUT_MS: '20000',
      },
    });
    await mutate(province, 'registerPilotUnit', {
      tenant: DAOLI,
      pilotLevel: 'NATIONAL',
      registeredOn: '2017-08-09',
    });
    await mutate(province, 'assignPilotAreas', {
      tenant: DAOLI,
      areas: ['compulsory-education'],
      assignedOn: '2017-08-09',
    });
  });
  afterAll(() => platform?.close());

  it('a query sent at once with the position a mutation answered sees that mutation', async () => {
    for (let i = 0; i < 5; i++) {
      const itemId = `kafka-ryw-${i}`;
      const accepted = await mutate(daoli, 'draftCatalogueItem', {
        tenant: DAOLI,
        itemId,
        areaCode: 'compulsory-education',
        name: { level1Name: '招生管理', level2Name: '招生范围' },
        source: 'PUBLIC_SERVICE_LIST',
        draftedOn: '2018-02-01',
      });
      expect(accepted).toMatchObject({ __typename: 'CommandAccepted' });
      const read = await platform.graphql(
        daoli,
        ITEM,
        { tenant: DAOLI, id: itemId },
        { 'x-gongkai-min-position': String(accepted.position) },
      );
      expect(read.body.data?.['catalogueItem']).toEqual({ itemId });
    }
  });

  it('a mutation re-sent with its id is answered duplicate: true through Kafka', async () => {
    const input = {
      tenant: DAOLI,
      itemId: 'kafka-retry',
      areaCode: 'compulsory-education',
      name: { level1Name: '招生管理', level2Name: '招生范围' },
      source: 'PUBLIC_SERVICE_LIST',
      draftedOn: '2018-02-01',
    };
    const first = await mutate(daoli, 'draftCatalogueItem', input, 'kafka-retry-1');
    const again = await mutate(daoli, 'draftCatalogueItem', input, 'kafka-retry-1');
    expect(first).toMatchObject({ duplicate: false });
    expect(again).toMatchObject({ duplicate: true, eventIds: first.eventIds });
  });
});
