import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLResponseBody } from '../testing/testApi';
import { mutate } from './testing/commands';
import type { GongkaiTestApi } from './testing/gongkaiTestApi';
import { UNITS, admin, startGongkaiTestApi } from './testing/gongkaiTestApi';
import { seedPilot } from './testing/seedPilot';

const DAOLI = admin(UNITS.daoli, 'county');
const HARBIN = admin(UNITS.harbin, 'prefecture');
const PROVINCE = admin(UNITS.province, 'province');
const NATION = { sub: 'state-council', tenant: UNITS.nation, tier: 'national' as const, roles: ['viewer'] };

const COUNTY_VIEW = 'query ($code: TenantCode!) { countyView(code: $code) { tenant name } }';

let api: GongkaiTestApi;
beforeAll(async () => {
  api = await startGongkaiTestApi();
  await seedPilot(api);
});
afterAll(() => api.close());

const expectTenantForbidden = (body: GraphQLResponseBody, allowedTenant: string) => {
  expect(body.errors?.[0]?.extensions).toEqual({ code: 'TENANT_FORBIDDEN', allowedTenant });
};

const askedViewsAbout = (code: string) =>
  api.views.calls.some((call) => JSON.stringify(call.args).includes(code));

describe('tenancy of the Gongkai schema', () => {
  it('a county admin cannot write another county’s catalogue: the guard refuses before anything is sent', async () => {
    const sentBefore = api.sent.length;
    const { body, result } = await mutate(api, DAOLI, 'draftCatalogueItem', {
      tenant: UNITS.mishan,
      itemId: 'edu-1',
      areaCode: 'compulsory-education',
      name: { level1Name: '招生管理', level2Name: '招生范围' },
      source: 'OTHER',
      draftedOn: '2018-02-01',
    });
    expect(result).toBeUndefined();
    expectTenantForbidden(body, UNITS.daoli);
    expect(api.sent).toHaveLength(sentBefore);
  });

  it('a county admin cannot read another county, nor its prefecture, and the views are never asked', async () => {
    expectTenantForbidden(await api.graphql(DAOLI, COUNTY_VIEW, { code: UNITS.mishan }), UNITS.daoli);
    const prefecture = await api.graphql(
      DAOLI,
      'query ($code: TenantCode!) { prefectureView(code: $code) { name } }',
      {
        code: UNITS.harbin,
      },
    );
    expectTenantForbidden(prefecture, UNITS.daoli);
    expect(askedViewsAbout(UNITS.mishan) || askedViewsAbout(UNITS.harbin)).toBe(false);
  });

  it('a county admin cannot page through another county’s catalogue or read its items and milestones', async () => {
    const reads = [
      ['query ($t: TenantCode!) { catalogue(tenant: $t, first: 5) { totalCount } }', { t: UNITS.mishan }],
      ['query ($t: TenantCode!) { catalogueItem(tenant: $t, id: "item-1") { itemId } }', { t: UNITS.mishan }],
      ['query ($t: TenantCode!) { milestones(tenant: $t) { tenant } }', { t: UNITS.mishan }],
    ] as const;
    for (const [query, variables] of reads)
      expectTenantForbidden(await api.graphql(DAOLI, query, variables), UNITS.daoli);
  });

  it('a prefecture admin reads its counties but not the prefecture next door', async () => {
    expect((await api.graphql(HARBIN, COUNTY_VIEW, { code: UNITS.daoli })).data).toEqual({
      countyView: { tenant: UNITS.daoli, name: '道里区' },
    });
    expectTenantForbidden(await api.graphql(HARBIN, COUNTY_VIEW, { code: UNITS.dongning }), UNITS.harbin);
  });

  it('a province-administered county is the province’s, not the prefecture’s it lies in', async () => {
    const mudanjiang = admin(UNITS.mudanjiang, 'prefecture');
    expectTenantForbidden(
      await api.graphql(mudanjiang, COUNTY_VIEW, { code: UNITS.suifenhe }),
      UNITS.mudanjiang,
    );
    expect((await api.graphql(PROVINCE, COUNTY_VIEW, { code: UNITS.suifenhe })).data).toEqual({
      countyView: { tenant: UNITS.suifenhe, name: '绥芬河市' },
    });
  });

  it('the national rollup is the national viewer’s alone', async () => {
    const query = '{ nationalRollup { tenant provinces { tenant name } } }';
    const rollups = () => api.views.calls.filter((call) => call.query === 'nationalRollup').length;
    const before = rollups();
    expectTenantForbidden(await api.graphql(PROVINCE, query), UNITS.province);
    expect(rollups()).toBe(before);
    expect((await api.graphql(NATION, query)).data).toEqual({
      nationalRollup: { tenant: '000000', provinces: [{ tenant: UNITS.province, name: '黑龙江省' }] },
    });
  });

  it('an anonymous caller is asked to sign in', async () => {
    const body = await api.graphql(null, COUNTY_VIEW, { code: UNITS.daoli });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
  });
});

describe('the audit trail is checked by the tenant in its stream id', () => {
  const TRAIL = `query ($streamId: String!) {
    auditTrail(streamId: $streamId) { tenant streamId entries { type actor { id role tier tenant } occurredAt data } }
  }`;

  it('a county admin reads its own pilot’s trail, the province’s and the prefecture’s actions on it included', async () => {
    const streamId = 'pilotUnit-230102';
    const body = await api.graphql(DAOLI, TRAIL, { streamId });
    expect(body.errors).toBeUndefined();
    const trail = body.data?.['auditTrail'] as {
      tenant: string;
      entries: { type: string; actor: unknown }[];
    };
    expect(trail.tenant).toBe(UNITS.daoli);
    expect(trail.entries[0]).toEqual({
      type: 'PilotUnitRegistered',
      actor: { id: null, role: 'OFFICIAL', tier: 'PROVINCE', tenant: UNITS.province },
      occurredAt: '2017-08-09T17:00:00+08:00',
      data: { unit: UNITS.daoli, pilotLevel: 'national', registeredOn: '2017-08-09' },
    });
    expect(trail.entries.map((entry) => entry.actor)).toContainEqual({
      id: null,
      role: 'OFFICIAL',
      tier: 'PREFECTURE',
      tenant: UNITS.harbin,
    });
  });

  it('shows an actor’s subject only to readers of the actor’s own tenant: the unit and role to everyone', async () => {
    const streamId = 'pilotUnit-230102';
    const actorsSeenBy = async (reader: typeof DAOLI) => {
      const body = await api.graphql(reader, TRAIL, { streamId });
      expect(body.errors).toBeUndefined();
      const trail = body.data?.['auditTrail'] as {
        entries: { actor: { id: string | null; tenant: string } }[];
      };
      return trail.entries.map((entry) => entry.actor);
    };
    const byCounty = await actorsSeenBy(DAOLI);
    expect(byCounty.filter((actor) => actor.tenant === UNITS.daoli).map((actor) => actor.id)).toContain(
      DAOLI.sub,
    );
    expect(byCounty.filter((actor) => actor.tenant !== UNITS.daoli && actor.id !== null)).toEqual([]);
    const byProvince = await actorsSeenBy(PROVINCE);
    expect(byProvince.find((actor) => actor.tenant === UNITS.province)?.id).toBe(PROVINCE.sub);
    expect(byProvince.filter((actor) => actor.tenant !== UNITS.province && actor.id !== null)).toEqual([]);
    expect(JSON.stringify(await actorsSeenBy(NATION))).not.toContain(PROVINCE.sub);
  });

  it('another county’s stream is TENANT_FORBIDDEN', async () => {
    expectTenantForbidden(
      await api.graphql(DAOLI, TRAIL, { streamId: 'catalogueItem-230382-item-1' }),
      UNITS.daoli,
    );
    expectTenantForbidden(await api.graphql(DAOLI, TRAIL, { streamId: 'pilotUnit-230382' }), UNITS.daoli);
  });

  it('an id that is no stream id is the caller’s input error', async () => {
    const body = await api.graphql(PROVINCE, TRAIL, { streamId: 'catalogue-230102' });
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('pilotUnit-<tenant>') as unknown,
      extensions: { code: 'BAD_USER_INPUT', argument: 'streamId' },
    });
  });
});

describe('me and the directory', () => {
  const TENANTS = 'query ($parent: TenantCode) { tenants(parent: $parent) { tenant name tier parent } }';

  it('me is the caller and its unit', async () => {
    const body = await api.graphql(
      DAOLI,
      '{ me { id tenant tier roles unit { name nameEn pilotLevel parent } } }',
    );
    expect(body.data).toEqual({
      me: {
        id: DAOLI.sub,
        tenant: UNITS.daoli,
        tier: 'COUNTY',
        roles: ['admin'],
        unit: {
          name: '道里区',
          nameEn: expect.any(String) as unknown,
          pilotLevel: 'NATIONAL',
          parent: UNITS.harbin,
        },
      },
    });
  });

  it('a county sees itself only; a prefecture itself and its counties', async () => {
    expect((await api.graphql(DAOLI, TENANTS)).data).toEqual({
      tenants: [{ tenant: UNITS.daoli, name: '道里区', tier: 'COUNTY', parent: UNITS.harbin }],
    });
    const harbin = (await api.graphql(HARBIN, TENANTS)).data?.['tenants'] as {
      tenant: string;
      parent: string;
    }[];
    expect(harbin[0]).toMatchObject({ tenant: UNITS.harbin, parent: UNITS.province });
    expect(harbin.slice(1).every((unit) => unit.parent === UNITS.harbin)).toBe(true);
    expect(harbin.map((unit) => unit.tenant)).toEqual([UNITS.harbin, UNITS.daoli]);
  });

  it('the children of a unit, readable only from above it', async () => {
    expectTenantForbidden(await api.graphql(DAOLI, TENANTS, { parent: UNITS.harbin }), UNITS.daoli);
    const children = (await api.graphql(PROVINCE, TENANTS, { parent: UNITS.mudanjiang })).data?.[
      'tenants'
    ] as {
      tenant: string;
    }[];
    expect(children.map((unit) => unit.tenant)).toContain(UNITS.dongning);
    expect(children.map((unit) => unit.tenant)).not.toContain(UNITS.suifenhe);
  });
});
