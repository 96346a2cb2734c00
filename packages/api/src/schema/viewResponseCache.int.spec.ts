import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate } from './testing/commands';
import type { GongkaiTestApi } from './testing/gongkaiTestApi';
import { UNITS, startGongkaiTestApi } from './testing/gongkaiTestApi';
import { DAOLI_ADMIN, MISHAN_ADMIN, PROVINCE_ADMIN, seedPilot } from './testing/seedPilot';

let api: GongkaiTestApi;
beforeAll(async () => {
  api = await startGongkaiTestApi();
  await seedPilot(api);
});
afterAll(() => api.close());

const COUNTY = /* GraphQL */ `
  query County($code: TenantCode!) {
    countyView(code: $code) {
      tenant
      basis {
        position
      }
      totals {
        catalogue {
          items
          draft
        }
      }
    }
  }
`;

const callsOf = (query: string): number => api.views.calls.filter((call) => call.query === query).length;

describe('live views are answered again from the response while the read models stay put', () => {
  it('the same query by the same kind of caller asks the views once', async () => {
    const before = callsOf('countyView');
    const first = await api.graphql(PROVINCE_ADMIN, COUNTY, { code: UNITS.daoli });
    const second = await api.graphql(PROVINCE_ADMIN, COUNTY, { code: UNITS.daoli });
    expect(first.errors).toBeUndefined();
    expect(second).toEqual(first);
    expect(callsOf('countyView')).toBe(before + 1);
  });

  it('a kept answer is the executed one, byte for byte', async () => {
    const query = COUNTY.replace('draft', 'draft\n          __typename');
    const before = callsOf('countyView');
    const first = await api.graphqlText(PROVINCE_ADMIN, query, { code: UNITS.daoli });
    const second = await api.graphqlText(PROVINCE_ADMIN, query, { code: UNITS.daoli });
    expect(first).toMatch(/^\{"data":\{"countyView":\{"tenant":"230102"/);
    expect(second).toBe(first);
    expect(callsOf('countyView')).toBe(before + 1);
  });

  it('other variables are another answer', async () => {
    const before = callsOf('countyView');
    const daoli = await api.graphql(PROVINCE_ADMIN, COUNTY, { code: UNITS.daoli });
    const mishan = await api.graphql(PROVINCE_ADMIN, COUNTY, { code: UNITS.mishan });
    expect(mishan.data?.['countyView']).toMatchObject({ tenant: UNITS.mishan });
    expect(daoli.data?.['countyView']).toMatchObject({ tenant: UNITS.daoli });
    expect(callsOf('countyView')).toBe(before + 1);
  });

  it('a county admin of another county is refused even when the province’s answer is kept', async () => {
    await api.graphql(PROVINCE_ADMIN, COUNTY, { code: UNITS.daoli });
    const body = await api.graphql(MISHAN_ADMIN, COUNTY, { code: UNITS.daoli });
    expect(body.data?.['countyView']).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'TENANT_FORBIDDEN' });
  });

  it('a new event, once projected, is in the next answer', async () => {
    const before = await api.graphql(DAOLI_ADMIN, COUNTY, { code: UNITS.daoli });
    const { result } = await mutate(api, DAOLI_ADMIN, 'draftCatalogueItem', {
      tenant: UNITS.daoli,
      itemId: 'item-cached',
      areaCode: 'compulsory-education',
      name: { level1Name: '招生管理', level2Name: '缓存之后' },
      source: 'PUBLIC_SERVICE_LIST',
      draftedOn: '2018-08-01',
    });
    expect(result?.__typename).toBe('CommandAccepted');
    const after = await api.graphql(DAOLI_ADMIN, COUNTY, { code: UNITS.daoli });
    const items = (body: typeof before) =>
      (body.data?.['countyView'] as { totals: { catalogue: { items: number } } }).totals.catalogue.items;
    expect(items(after)).toBe(items(before) + 1);
  });

  it('views as of a date or position are never kept', async () => {
    const asOf = `query ($code: TenantCode!) { countyView(code: $code, asOf: { position: 5 }) { tenant } }`;
    const before = callsOf('countyView');
    await api.graphql(DAOLI_ADMIN, asOf, { code: UNITS.daoli });
    await api.graphql(DAOLI_ADMIN, asOf, { code: UNITS.daoli });
    expect(callsOf('countyView')).toBe(before + 2);
  });

  it('refusals, and queries with fields other than live views, are executed every time', async () => {
    const query = `{ countyView(code: "230102") { tenant } tenants { code } }`;
    const mixed = `{ countyView(code: "230102") { tenant } me { id } }`;
    const before = callsOf('countyView');
    await api.graphql(MISHAN_ADMIN, `{ countyView(code: "230102") { tenant } }`);
    await api.graphql(MISHAN_ADMIN, `{ countyView(code: "230102") { tenant } }`);
    expect(callsOf('countyView')).toBe(before);
    await api.graphql(DAOLI_ADMIN, query);
    await api.graphql(DAOLI_ADMIN, query);
    await api.graphql(DAOLI_ADMIN, mixed);
    await api.graphql(DAOLI_ADMIN, mixed);
    expect(callsOf('countyView')).toBe(before + 4);
  });
});
