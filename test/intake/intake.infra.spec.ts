import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainTesting } from '@gongkai/domain';
import type { DeadLetter, IntakeEnvelope, IntakeOutcome } from '@gongkai/ingest';
import { intakeTopics } from '@gongkai/ingest';
import type { Bus } from '@gongkai/messaging';
import { kafkaBrokersForTests } from '@gongkai/messaging/contract';
import { collect } from '@gongkai/testkit';
import type { KafkaIntake } from '../support/kafkaIntake';
import { startKafkaIntake } from '../support/kafkaIntake';
import type { TestPlatform } from '../support/platform';
import { admin } from '../support/tokens';
import { readTopic } from '../support/topicReader';

const brokers = await kafkaBrokersForTests('Intake on Kafka');
const DAOLI = '230102';
const SOURCE = {
  id: 'daoli-oa',
  name: '道里区办公系统',
  tenants: [DAOLI],
  key: `daoli-${randomUUID()}-key-0123456789`,
};
const topics = intakeTopics(`test-${randomUUID().slice(0, 8)}.`);
const COUNTY_ADMIN = admin(DAOLI, 'county');

const draft = (itemId: string): IntakeEnvelope => ({
  specVersion: 1,
  messageId: randomUUID(),
  tenant: DAOLI,
  source: SOURCE.id,
  type: 'DraftCatalogueItem',
  payload: {
    itemId,
    areaCode: 'compulsory-education',
    name: { level1Name: '招生管理', level2Name: '招生范围（经Kafka）' },
    source: 'public-service-list',
    draftedOn: '2018-02-01',
  },
  actor: domainTesting.countyAdmin(DAOLI),
  occurredAt: '2018-02-01T09:00:00+08:00',
});

describe.skipIf(brokers === undefined)('the intake on a real Kafka broker', () => {
  let intake: KafkaIntake;
  let platform: TestPlatform;
  let kafka: Bus;
  const send = (...envelopes: IntakeEnvelope[]) => intake.send(...envelopes);
  const outcomeOf = (messageId: string, count = 1): Promise<IntakeOutcome[]> =>
    intake.outcomesOf(messageId, count);

  beforeAll(async () => {
    intake = await startKafkaIntake({
      brokers: brokers!,
      topics,
      source: SOURCE,
      seed: true,
      partitions: 4,
      clientId: 'intake-infra-test',
    });
    ({ platform, kafka } = intake);
  });
  afterAll(async () => {
    await intake?.close();
  });

  it('stores a tenant system’s envelope, projects it and shows it in GraphQL', async () => {
    const message = draft('kafka-item-1');
    await send(message);
    const [outcome] = await outcomeOf(message.messageId);
    expect(outcome).toMatchObject({ status: 'accepted', streamId: `catalogueItem-${DAOLI}-kafka-item-1` });
    const query = `query { catalogueItem(tenant: "${DAOLI}", id: "kafka-item-1") { itemId status name { level2Name } } }`;
    let item: unknown = null;
    for (let tries = 0; item === null && tries < 200; tries++) {
      item = (await platform.graphql(COUNTY_ADMIN, query)).body.data?.['catalogueItem'] ?? null;
      if (item === null) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(item).toEqual({
      itemId: 'kafka-item-1',
      status: 'DRAFT',
      name: { level2Name: '招生范围（经Kafka）' },
    });
  });

  it('stores an envelope delivered twice once and answers both deliveries alike', async () => {
    const message = draft('kafka-item-2');
    await send(message);
    await send(message);
    const [first, second] = await outcomeOf(message.messageId, 2);
    expect(second).toEqual({ ...first, duplicate: true, decidedAt: second!.decidedAt });
    expect(
      await collect(platform.stack.eventStore.readStream(`catalogueItem-${DAOLI}-kafka-item-2`)),
    ).toHaveLength(1);
  });

  it('sends malformed input to the dead-letter topic with its reason, and processes the messages behind it', async () => {
    const letters = await readTopic(kafka, topics.deadLetters);
    const behind = draft('kafka-item-3');
    await kafka.publish(topics.intake, [{ key: DAOLI, value: 'not json at all' }]);
    await send({ ...draft('kafka-item-x'), type: 'LaunchRocket' }, behind);
    await letters.until((messages) => messages.length >= 2);
    expect(letters.json<DeadLetter>().map((letter) => letter.code)).toEqual(
      expect.arrayContaining(['MALFORMED_MESSAGE', 'UNKNOWN_COMMAND_TYPE']),
    );
    const malformed = letters.json<DeadLetter>().find((letter) => letter.code === 'MALFORMED_MESSAGE')!;
    expect(Buffer.from(malformed.original.valuePrefixBase64, 'base64').toString()).toBe('not json at all');
    expect(await outcomeOf(behind.messageId)).toMatchObject([{ status: 'accepted' }]);
    await letters.stop();
  });

  it('round-trips a GraphQL mutation through Kafka', async () => {
    const intake = await readTopic(kafka, topics.intake);
    const response = await platform.graphql(
      COUNTY_ADMIN,
      `mutation ($input: DraftCatalogueItemInput!) {
        draftCatalogueItem(input: $input, messageId: "via-kafka") {
          __typename ... on CommandAccepted { streamId revision events { type } }
        }
      }`,
      {
        input: {
          tenant: DAOLI,
          itemId: 'graphql-kafka-item',
          areaCode: 'compulsory-education',
          name: { level1Name: '招生管理', level2Name: '经GraphQL' },
          source: 'PUBLIC_SERVICE_LIST',
          draftedOn: '2018-02-01',
        },
      },
    );
    expect(response.body.data?.['draftCatalogueItem']).toEqual({
      __typename: 'CommandAccepted',
      streamId: `catalogueItem-${DAOLI}-graphql-kafka-item`,
      revision: 0,
      events: [{ type: 'CatalogueItemDrafted' }],
    });
    await intake.until((messages) =>
      messages.some((message) => message.value.toString().includes('"itemId":"graphql-kafka-item"')),
    );
    await intake.stop();
  });
});
