import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GongkaiClaims } from '../../auth/claims';
import type { TestApi } from '../../testing/testApi';
import { startTestApi } from '../../testing/testApi';
import { SECRET_PREFIX, testSchema } from '../../testing/testSchema';

const DAOLI: GongkaiClaims = { sub: 'daoli-admin', tenant: '230102', tier: 'county', roles: ['admin'] };
const HARBIN: GongkaiClaims = { sub: 'harbin-admin', tenant: '230100', tier: 'prefecture', roles: ['admin'] };
const PROVINCE: GongkaiClaims = { sub: 'hlj-admin', tenant: '230000', tier: 'province', roles: ['admin'] };
const NATION: GongkaiClaims = { sub: 'state-council', tenant: '000000', tier: 'national', roles: ['viewer'] };

const COUNTY_THING = 'query ($code: TenantCode!) { countyThing(code: $code) { tenant name secret } }';

describe('tenant scoping', () => {
  let api: TestApi;
  const tokens = new Map<GongkaiClaims, string>();
  beforeAll(async () => {
    api = await startTestApi({ schema: testSchema });
    for (const claims of [DAOLI, HARBIN, PROVINCE, NATION]) tokens.set(claims, await api.token(claims));
  });
  afterAll(() => api.close());

  const ask = (claims: GongkaiClaims, query: string, variables?: Record<string, unknown>) =>
    api.graphql(query, { token: tokens.get(claims)!, ...(variables === undefined ? {} : { variables }) });

  const expectForbidden = (
    result: Awaited<ReturnType<typeof ask>>,
    allowedTenant: string,
    target: string,
  ) => {
    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'TENANT_FORBIDDEN', allowedTenant });
    expect(result.body.errors?.[0]?.message).toContain(allowedTenant);
    expect(result.text).not.toContain(`${SECRET_PREFIX}${target}`);
    expect(result.text).not.toContain(`thing of ${target}`);
  };

  it('a county admin reads its own county', async () => {
    const result = await ask(DAOLI, COUNTY_THING, { code: '230102' });
    expect(result.body).toEqual({
      data: { countyThing: { tenant: '230102', name: 'thing of 230102', secret: `${SECRET_PREFIX}230102` } },
    });
  });

  it('a county admin cannot read another county', async () => {
    const result = await ask(DAOLI, COUNTY_THING, { code: '230103' });
    expect(result.body.data).toEqual({ countyThing: null });
    expectForbidden(result, '230102', '230103');
  });

  it('a county admin cannot read its own prefecture', async () => {
    const result = await ask(DAOLI, COUNTY_THING, { code: '230100' });
    expectForbidden(result, '230102', '230100');
  });

  it('the refusal is the same whether the target tenant exists or not', async () => {
    const existing = await ask(DAOLI, COUNTY_THING, { code: '230103' });
    const missing = await ask(DAOLI, COUNTY_THING, { code: '239999' });
    expect(missing.body).toEqual(existing.body);
  });

  it('a prefecture admin reads its own counties but not the prefecture next door', async () => {
    expect((await ask(HARBIN, COUNTY_THING, { code: '230103' })).body.data).toEqual({
      countyThing: { tenant: '230103', name: 'thing of 230103', secret: `${SECRET_PREFIX}230103` },
    });
    expectForbidden(await ask(HARBIN, COUNTY_THING, { code: '231002' }), '230100', '231002');
  });

  it('a directly administered county reports to the province, not to the prefecture it lies in', async () => {
    expect((await ask(PROVINCE, COUNTY_THING, { code: '231081' })).body.data).toMatchObject({
      countyThing: { tenant: '231081' },
    });
    const mudanjiang = await api.token({
      sub: 'mdj',
      tenant: '231000',
      tier: 'prefecture',
      roles: ['admin'],
    });
    const result = await api.graphql(COUNTY_THING, { token: mudanjiang, variables: { code: '231081' } });
    expectForbidden(result, '231000', '231081');
  });

  it('the national viewer reads every tenant', async () => {
    expect((await ask(NATION, COUNTY_THING, { code: '230102' })).body.data).toMatchObject({
      countyThing: { tenant: '230102' },
    });
  });

  it('tenant codes nested in input objects and lists are checked too', async () => {
    const query =
      'query ($tenants: [TenantCode!]!) { thingsIn(filter: { tenants: $tenants }) { tenant secret } }';
    expect((await ask(HARBIN, query, { tenants: ['230102', '230103'] })).body.errors).toBeUndefined();
    const result = await ask(HARBIN, query, { tenants: ['230102', '231002'] });
    expect(result.body.data).toBeNull();
    expectForbidden(result, '230100', '231002');
  });

  it('a resolver that forgets the tenant filter cannot leak: the owner check refuses the objects', async () => {
    const result = await ask(DAOLI, '{ allThings { tenant name secret } }');
    expect(result.body.data).toBeNull();
    expectForbidden(result, '230102', '230103');
    expect(result.text).not.toContain(`${SECRET_PREFIX}231002`);
  });

  it('readableFilter() gives list resolvers exactly the principal subtree', async () => {
    const tenantsOf = async (claims: GongkaiClaims) =>
      (
        (await ask(claims, '{ readableThings { tenant } }')).body.data?.['readableThings'] as {
          tenant: string;
        }[]
      ).map((thing) => thing.tenant);
    expect(await tenantsOf(DAOLI)).toEqual(['230102']);
    expect(await tenantsOf(HARBIN)).toEqual(['230102', '230103']);
    expect(await tenantsOf(NATION)).toEqual(['230102', '230103', '231002']);
  });

  it('@public opens a field, its tenant argument and its type to anonymous callers', async () => {
    const result = await api.graphql('{ notice(code: "231002") { tenant title } }');
    expect(result.body).toEqual({ data: { notice: { tenant: '231002', title: 'notice of 231002' } } });
  });

  it('an anonymous caller naming a tenant is asked to sign in', async () => {
    const result = await api.graphql(COUNTY_THING, { variables: { code: '230102' } });
    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
    expect(result.text).not.toContain(SECRET_PREFIX);
  });

  it('a malformed tenant code is the caller’s input error', async () => {
    const result = await ask(PROVINCE, COUNTY_THING, { code: 'Harbin' });
    expect(result.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.message).toMatch(/6-digit/);
  });
});
