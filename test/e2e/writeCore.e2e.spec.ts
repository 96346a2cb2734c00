import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_ITEMS_TOPIC } from '@gongkai/bridge';
import type { IntakeEnvelope, IntakeOutcome } from '@gongkai/ingest';
import { IntakeClient, intakeTopics } from '@gongkai/ingest';
import { temporaryDirectory } from '@gongkai/testkit';
import type { CommandResult } from '../support/commands';
import { mutationDocument } from '../support/commands';
import type { GraphQLResponse } from '../support/graphql';
import type { TestPlatform } from '../support/platform';
import { startTestPlatform } from '../support/platform';
import { readTopic } from '../support/topicReader';
import type { Principal } from '../support/tokens';
import { admin } from '../support/tokens';

// Idempotency exactly as acknowledged, on every entry (GraphQL, a tenant system on the intake, the
// bridge), before and after a restart of the platform on the same data folder; and read-your-writes.

const DAOLI = '230102';
const province = admin('230000', 'province');
const daoli = admin(DAOLI, 'county');
const SOURCE = { id: 'daoli-oa', key: 'daoli-oa-signing-key-0123456789abcdef0123' };

const folder = temporaryDirectory('gongkai-write-core-');
const sourcesFile = join(folder.path, 'sources.json');
writeFileSync(
  sourcesFile,
  JSON.stringify({ sources: [{ id: SOURCE.id, name: '道里区 OA', tenants: [DAOLI], keys: [SOURCE.key] }] }),
);
const dataDir = join(folder.path, 'data');
const start = () => startTestPlatform({ seed: false, dataDir, env: { GONGKAI_SOURCES_FILE: sourcesFile } });

let platform: TestPlatform;
let intake: IntakeClient;
const startAll = async () => {
  platform = await start();
  intake = new IntakeClient({
    bus: platform.bus,
    source: SOURCE,
    topics: intakeTopics(platform.config.intake.topicPrefix),
  });
  await intake.start();
};
const stopAll = async () => {
  await intake.stop();
  await platform.close();
};
beforeAll(async () => {
  await startAll();
  for (const [name, input] of [
    ['registerPilotUnit', { tenant: DAOLI, pilotLevel: 'NATIONAL', registeredOn: '2017-08-09' }],
    ['assignPilotAreas', { tenant: DAOLI, areas: ['compulsory-education'], assignedOn: '2017-08-09' }],
  ] as const)
    expect(await mutate(province, name, input)).toMatchObject({ __typename: 'CommandAccepted' });
});
afterAll(async () => {
  await stopAll();
  folder.remove();
});

const draftInput = (itemId: string, level2Name = '招生范围') => ({
  tenant: DAOLI,
  itemId,
  areaCode: 'compulsory-education',
  name: { level1Name: '招生管理', level2Name },
  source: 'PUBLIC_SERVICE_LIST',
  draftedOn: '2018-02-01',
});

const send = (
  principal: Principal,
  name: string,
  input: object,
  messageId?: string,
  headers?: Record<string, string>,
) =>
  platform.graphql(
    principal,
    mutationDocument(name),
    { input, occurredAt: '2018-02-01T17:00:00+08:00', ...(messageId ? { messageId } : {}) },
    headers,
  );
const resultOf = (response: GraphQLResponse, name: string) =>
  response.body.data?.[name] as CommandResult & Record<string, unknown>;
const mutate = async (principal: Principal, name: string, input: object, messageId?: string) =>
  resultOf(await send(principal, name, input, messageId), name);

const STATUS = `query ($messageId: String!) {
  intakeStatus(messageId: $messageId) { state tenant streamId revision position eventIds duplicate code }
}`;
const statusOf = async (principal: Principal, messageId: string) =>
  (await platform.graphql(principal, STATUS, { messageId })).body.data?.['intakeStatus'] as Record<
    string,
    unknown
  >;

const itemEvents = async (itemId: string) => {
  const events = [];
  for await (const event of platform.stack.eventStore.readStream(`catalogueItem-${DAOLI}-${itemId}`))
    events.push(event);
  return events;
};

const envelopeOf = (messageId: string, payload: object, actorId = 'oa-user-1'): IntakeEnvelope => ({
  specVersion: 1,
  messageId,
  tenant: DAOLI,
  source: SOURCE.id,
  type: 'DraftCatalogueItem',
  payload: { ...payload, source: 'public-service-list' },
  actor: { id: actorId, tier: 'county', tenant: DAOLI },
  occurredAt: '2018-02-01T17:00:00+08:00',
});

describe('a GraphQL mutation sent again', () => {
  it('with the same id and input gets the first outcome, duplicate: true, in the answer and in intakeStatus', async () => {
    const first = await mutate(daoli, 'draftCatalogueItem', draftInput('g-1'), 'retry-1');
    const again = await mutate(daoli, 'draftCatalogueItem', draftInput('g-1'), 'retry-1');
    expect(first).toMatchObject({ __typename: 'CommandAccepted', duplicate: false });
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await statusOf(daoli, 'retry-1')).toMatchObject({
      state: 'ACCEPTED',
      duplicate: true,
      eventIds: first['eventIds'],
    });
    expect(await itemEvents('g-1')).toHaveLength(1);
  });

  it('with the same id and another input is refused MESSAGE_ID_CONFLICT naming the id, and nothing is stored', async () => {
    await mutate(daoli, 'draftCatalogueItem', draftInput('g-2'), 'reused-1');
    const response = await send(daoli, 'draftCatalogueItem', draftInput('g-3'), 'reused-1');
    expect(response.body.errors?.[0]).toMatchObject({
      extensions: { code: 'MESSAGE_ID_CONFLICT' },
      message: expect.stringContaining('"reused-1"') as string,
    });
    expect(await itemEvents('g-3')).toEqual([]);
    expect(await statusOf(daoli, 'reused-1')).toMatchObject({ state: 'ACCEPTED', duplicate: false });
  });

  it('never mixes two principals whose ids would join alike, whatever separators they hold', async () => {
    const pairs: [string, string, string, string][] = [
      ['a:b', 'c', 'a', 'b:c'],
      ['a/b', 'c', 'a', 'b/c'],
      ['a|b', 'c', 'a', 'b|c'],
      ['a#b', 'c', 'a', 'b#c'],
    ];
    let n = 0;
    for (const [subA, idA, subB, idB] of pairs) {
      const a: Principal = { ...daoli, sub: subA };
      const b: Principal = { ...daoli, sub: subB };
      const first = await mutate(a, 'draftCatalogueItem', draftInput(`p-${++n}`), idA);
      const second = await mutate(b, 'draftCatalogueItem', draftInput(`p-${++n}`), idB);
      expect([first.__typename, second.__typename, second['duplicate']]).toEqual([
        'CommandAccepted',
        'CommandAccepted',
        false,
      ]);
      expect(second['eventIds']).not.toEqual(first['eventIds']);
      expect(await statusOf(a, idA)).toMatchObject({ streamId: first['streamId'] });
      expect(await statusOf(b, idB)).toMatchObject({ streamId: second['streamId'] });
    }
  });
});

describe('a refused mutation', () => {
  it('is answered once and kept as an outcome record, never as an event: refusals do not grow the store', async () => {
    const head = await platform.stack.eventStore.headPosition();
    const publish = { tenant: DAOLI, itemId: 'never-drafted', publishedOn: '2018-02-03' };
    const first = await mutate(daoli, 'publishCatalogueItem', publish, 'refused-1');
    const again = await mutate(daoli, 'publishCatalogueItem', publish, 'refused-1');
    expect(first).toMatchObject({ __typename: 'CommandRejected' });
    expect(again).toEqual(first);
    expect(await statusOf(daoli, 'refused-1')).toMatchObject({ state: 'REJECTED', duplicate: true });
    expect(await platform.stack.eventStore.headPosition()).toBe(head);
  });

  it('with an absurd business time (0001-01-01) is refused OCCURRED_AT_OUT_OF_RANGE, storing nothing', async () => {
    const head = await platform.stack.eventStore.headPosition();
    const response = await platform.graphql(daoli, mutationDocument('draftCatalogueItem'), {
      input: draftInput('ancient'),
      occurredAt: '0001-01-01T00:00:00Z',
    });
    expect(resultOf(response, 'draftCatalogueItem')).toMatchObject({
      __typename: 'CommandRejected',
      code: 'OCCURRED_AT_OUT_OF_RANGE',
    });
    expect(await platform.stack.eventStore.headPosition()).toBe(head);
  });
});

describe('a tenant system’s intake message sent again', () => {
  it('with the same id and payload is answered duplicate: true; with another payload MESSAGE_ID_CONFLICT', async () => {
    const first = await intake.send(envelopeOf('oa:1:x.y', draftInput('i-1')));
    const again = await intake.send(envelopeOf('oa:1:x.y', draftInput('i-1')));
    const other = await intake.send(envelopeOf('oa:1:x.y', draftInput('i-2')));
    expect(first).toMatchObject({ status: 'accepted', duplicate: false });
    expect(again).toMatchObject({
      status: 'accepted',
      duplicate: true,
      eventIds: (first as { eventIds: string[] }).eventIds,
    });
    expect(other).toMatchObject({ status: 'rejected', code: 'MESSAGE_ID_CONFLICT' });
    expect(await itemEvents('i-2')).toEqual([]);
  });

  it('keeps two actors of one source apart under the same message id', async () => {
    const one = await intake.send(envelopeOf('shared-id', draftInput('i-3'), 'clerk:1'));
    const two = await intake.send(envelopeOf('shared-id', draftInput('i-4'), 'clerk'));
    expect([one.status, two.status]).toEqual(['accepted', 'accepted']);
  });
});

describe('the bridge sending a reference item again', () => {
  it('renamed under the same id is refused MESSAGE_ID_CONFLICT: the first draft stands, nothing is lost silently', async () => {
    const outcomes = await readTopic(platform.bus, intakeTopics(platform.config.intake.topicPrefix).outcomes);
    const item = {
      specVersion: 1,
      listKind: 'public-service-list',
      tenant: DAOLI,
      listCode: 'GG-230102-JY-777',
      name: '义务教育阶段招生入学',
      area: '义务教育',
    };
    const topic = `${platform.config.intake.topicPrefix}${REFERENCE_ITEMS_TOPIC}`;
    await platform.bus.publish(topic, [{ key: DAOLI, value: JSON.stringify(item) }]);
    await outcomes.until(() => bridgeOutcomes(outcomes.json<IntakeOutcome>()).length >= 1);
    await platform.bus.publish(topic, [
      { key: DAOLI, value: JSON.stringify({ ...item, name: '招生入学（修订）' }) },
    ]);
    await platform.bus.publish(topic, [{ key: DAOLI, value: JSON.stringify(item) }]);
    await outcomes.until(() => bridgeOutcomes(outcomes.json<IntakeOutcome>()).length >= 3);
    expect(bridgeOutcomes(outcomes.json<IntakeOutcome>())).toMatchObject([
      { status: 'accepted', duplicate: false },
      { status: 'rejected', code: 'MESSAGE_ID_CONFLICT' },
      { status: 'accepted', duplicate: true },
    ]);
    await outcomes.stop();
  });
});

const bridgeOutcomes = (all: IntakeOutcome[]) => all.filter((outcome) => outcome.source === 'gongkai-bridge');

describe('after a restart of the platform on the same data folder', () => {
  it('still answers a repeat with its first outcome and refuses another payload under a used id', async () => {
    const before = await mutate(daoli, 'draftCatalogueItem', draftInput('r-1'), 'before-restart');
    const beforeIntake = await intake.send(envelopeOf('oa-before-restart', draftInput('r-2')));
    await stopAll();
    await startAll();
    const again = await mutate(daoli, 'draftCatalogueItem', draftInput('r-1'), 'before-restart');
    expect(again).toEqual({ ...before, duplicate: true, position: again['position'] });
    expect(await statusOf(daoli, 'before-restart')).toMatchObject({
      state: 'ACCEPTED',
      eventIds: before['eventIds'],
    });
    const conflict = await send(daoli, 'draftCatalogueItem', draftInput('r-3'), 'before-restart');
    expect(conflict.body.errors?.[0]?.extensions).toMatchObject({ code: 'MESSAGE_ID_CONFLICT' });
    expect(await intake.send(envelopeOf('oa-before-restart', draftInput('r-2')))).toMatchObject({
      status: 'accepted',
      duplicate: true,
      eventIds: (beforeIntake as { eventIds: string[] }).eventIds,
    });
    expect(await intake.send(envelopeOf('oa-before-restart', draftInput('r-4')))).toMatchObject({
      code: 'MESSAGE_ID_CONFLICT',
    });
    expect(await itemEvents('r-3')).toEqual([]);
    expect(await itemEvents('r-4')).toEqual([]);
  });
});

const ITEM = `query ($tenant: TenantCode!, $id: ID!) { catalogueItem(tenant: $tenant, id: $id) { itemId position } }`;

describe('read-your-writes on the embedded default', () => {
  it('a query sent at once with the position a mutation answered sees that mutation', async () => {
    for (let i = 0; i < 5; i++) {
      const accepted = await mutate(daoli, 'draftCatalogueItem', draftInput(`ryw-${i}`));
      const position = accepted['position'] as number;
      const read = await platform.graphql(
        daoli,
        ITEM,
        { tenant: DAOLI, id: `ryw-${i}` },
        { 'x-gongkai-min-position': String(position) },
      );
      expect(read.body.data?.['catalogueItem']).toMatchObject({ itemId: `ryw-${i}` });
    }
  });

  it('answers NOT_YET_PROJECTED with the current position past the wait, and refuses a position that is none', async () => {
    const head = await platform.stack.eventStore.headPosition();
    const far = await platform.graphql(
      daoli,
      ITEM,
      { tenant: DAOLI, id: 'x' },
      { 'x-gongkai-min-position': String(head + 1_000) },
    );
    expect(far.body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_YET_PROJECTED',
      minPosition: head + 1_000,
    });
    expect(far.body.errors?.[0]?.extensions?.['position']).toBeGreaterThanOrEqual(head);
    const bad = await platform.graphql(
      daoli,
      ITEM,
      { tenant: DAOLI, id: 'x' },
      { 'x-gongkai-min-position': 'soon' },
    );
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
