import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_CATALOGUES, CATALOGUE_PROJECTOR, historyCollection } from '@gongkai/projections';
import type { GongkaiTestApi } from './testing/gongkaiTestApi';
import { startGongkaiTestApi, UNITS } from './testing/gongkaiTestApi';
import { DAOLI_ADMIN, seedPilot } from './testing/seedPilot';

// Read models projected before time travel kept its history (an older version, or a store whose
// history was lost) cannot answer "as of": the client is told so, with what to do, not a 500.
let api: GongkaiTestApi;
beforeAll(async () => {
  api = await startGongkaiTestApi();
  await seedPilot(api);
});
afterAll(() => api.close());

const countyAsOf = (asOf: string) =>
  `{ countyView(code: "${UNITS.daoli}", asOf: ${asOf}) { name totals { catalogue { items } } } }`;

describe('a view as of a point the read models keep no history for', () => {
  it('is answered as of a date while the history is there', async () => {
    const body = await api.graphql(DAOLI_ADMIN, countyAsOf('{ date: "2017-01-01" }'));
    expect(body.errors).toBeUndefined();
  });

  it('answers HISTORY_MISSING as of a date when the county was projected without its deltas', async () => {
    // What a county document projected by a version that kept no deltas looks like (written as of
    // the head: the seed's last events are not 道里区's catalogue's).
    const head = await api.store.headPosition();
    const county = await api.readModelStore.get(COUNTY_CATALOGUES, UNITS.daoli);
    expect(county?._position).toBeLessThan(head);
    await api.readModelStore.transaction(CATALOGUE_PROJECTOR, (unit) =>
      unit.patch(COUNTY_CATALOGUES, UNITS.daoli, { $unset: ['deltasKept'] }, head),
    );
    const body = await api.graphql(DAOLI_ADMIN, countyAsOf('{ date: "2017-01-01" }'));
    expect(body.errors?.[0]?.extensions?.code).toBe('HISTORY_MISSING');
    expect(body.errors?.[0]?.message).toMatch(/gongkai rebuild/);
  });

  it('answers HISTORY_MISSING as of a position when the county’s kept states are gone', async () => {
    await api.readModelStore.reset({ collections: [historyCollection(COUNTY_CATALOGUES)] });
    const body = await api.graphql(DAOLI_ADMIN, countyAsOf('{ position: 3 }'));
    expect(body.errors?.[0]?.extensions?.code).toBe('HISTORY_MISSING');
    expect(body.errors?.[0]?.message).toMatch(/gongkai rebuild/);
  });
});
