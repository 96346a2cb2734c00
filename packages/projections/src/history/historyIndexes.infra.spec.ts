import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectors } from '../projectors';
import { projectionContextFor } from '../projectors/context';
import { COUNTY_CATALOGUES, emptyCountyCatalogue } from '../projectors/catalogue/countyCatalogue';
import { MILESTONE_FACTS } from '../projectors/milestoneFactsProjector';
import { PILOT_UNITS } from '../projectors/pilotUnitsProjector';
import { NATIONAL_REPORTS } from '../projectors/nationalReportsProjector';
import type { MongoReadModelStore } from '../readModelStore';
import { createMongoReadModelStore } from '../readModelStore';
import { ensureProjectorIndexes } from '../runner/applyBatch';
import { directory } from '../testing/testPlatform';
import { freshDatabaseName, mongoUrlForTests } from '../testing/mongoUrl';
import { COUNTY_CATALOGUE_DELTAS, deltaId } from './countyDeltas';
import { historyCollection } from './documentHistory';
import { fetchDeltas } from './countyDeltasAsOf';

// Time travel reads the history collections by document and position (or date): on MongoDB (and
// FerretDB, which scans a whole collection per query without one) they carry the indexes for it.
const url = await mongoUrlForTests('history indexes on MongoDB');
const database = freshDatabaseName('gongkai_history');
let store: MongoReadModelStore;
let client: MongoClient;

beforeAll(async () => {
  if (url === undefined) return;
  store = await createMongoReadModelStore({ url, database });
  await ensureProjectorIndexes(store, createProjectors(projectionContextFor(directory)));
  client = await new MongoClient(url).connect();
});
afterAll(async () => {
  await store?.dropDatabase().catch(() => undefined);
  await store?.close();
  await client?.close();
});

const indexNames = async (collection: string): Promise<string[]> => {
  const cursor = client.db(database).collection(collection).listIndexes();
  const indexes = (await cursor.toArray()) as unknown as { name?: unknown }[];
  return indexes.map((index) => String(index.name));
};

describe.skipIf(url === undefined)('the history collections on MongoDB', () => {
  it.each([COUNTY_CATALOGUES, MILESTONE_FACTS, PILOT_UNITS, NATIONAL_REPORTS])(
    '%sHistory is indexed by document, kind and position, and by date',
    async (collection) => {
      expect(await indexNames(historyCollection(collection))).toEqual(
        expect.arrayContaining(['doc_1_kind_1_position_1__id_1', 'doc_1_kind_1_latestOn_1_position_1__id_1']),
      );
    },
  );

  it('countyCatalogueDeltas is indexed by county, kind and key', async () => {
    expect(await indexNames(COUNTY_CATALOGUE_DELTAS)).toContain('doc_1_kind_1_key_1__id_1');
  });

  it('answers the latest kept state at or before a position, and a date’s running total and days', async () => {
    const rows = [10, 20, 30].map((position) => ({
      _id: `230102@state@${position}`,
      tenant: '230102',
      ancestors: ['230100', '230000', '000000'],
      doc: '230102',
      kind: 'state',
      position,
      latestOn: '2018-03-01',
    }));
    const buckets = [
      ['through', '2018-01'],
      ['through', '2018-02'],
      ['through', '2018-03'],
      ['day', '2018-03-01'],
      ['day', '2018-03-09'],
      ['day', '2018-03-10'],
    ].map(([kind = '', key = ''], index) => ({
      _id: deltaId('230102', kind as 'day', key),
      tenant: '230102',
      ancestors: ['230100', '230000', '000000'],
      doc: '230102',
      kind,
      key,
      index,
    }));
    await store.transaction(`history-${Date.now()}`, (unit) => {
      for (const row of rows) unit.upsert(historyCollection(COUNTY_CATALOGUES), row, row.position);
      buckets.forEach((bucket, index) => unit.upsert(COUNTY_CATALOGUE_DELTAS, bucket, 100 + index));
    });
    const [latest] = await store.find(historyCollection(COUNTY_CATALOGUES), {
      filter: { doc: '230102', kind: 'state', position: { $lte: 25 } },
      sort: [{ field: 'position', direction: 'desc' }],
      limit: 1,
    });
    expect(latest?.['position']).toBe(20);
    const county = {
      ...emptyCountyCatalogue('230102', ['230100', '230000', '000000']),
      deltaMonths: ['2018-01', '2018-02', '2018-03'],
    };
    const deltas = await fetchDeltas(store, [county], '2018-03-09');
    expect(
      deltas
        .get('230102')
        ?.map((bucket) => `${bucket.kind} ${bucket.key}`)
        .sort(),
    ).toEqual(['day 2018-03-01', 'day 2018-03-09', 'through 2018-02']);
  });
});
