import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heilongjiangMilestones } from '@gongkai/domain';
import type { EventStore, ReadAllOptions } from '@gongkai/event-store';
import type { TestPlatform } from '../testing/testPlatform';
import {
  actors,
  commands,
  completeStandard,
  DAOLI,
  directory,
  HARBIN,
  registerDaoli,
  readReplayed,
  startTestPlatform,
} from '../testing/testPlatform';
import { COUNTY_CATALOGUES } from '../projectors/catalogue/countyCatalogue';
import { PILOT_UNITS } from '../projectors/pilotUnitsProjector';
import type { FindQuery, ReadModelStore } from '../readModelStore';
import { ReadModelViewQueries } from '../views/viewQueries';
import type { AsOf, ViewBasis } from '../views/types';
import { COUNTY_CATALOGUE_DELTAS } from './countyDeltas';
import { historyCollection } from './documentHistory';

// What time travel reads, counted over the real stores: each finding of the as-of profile (issue 16)
// has its case here, and every view still equals a replay.
let platform: TestPlatform;
/** The position of the last catalogue event sent before the tests. */
let lastCatalogueEvent = 0;
const county = actors.county(DAOLI);

beforeAll(async () => {
  platform = await startTestPlatform({ today: '2018-08-31' });
  const { send } = platform;
  await registerDaoli(send);
  await send(commands.filePlan(DAOLI, '2017-10-01'), county, '2017-10-01');
  await send(commands.draft(DAOLI, 'a', 'compulsory-education', '2018-03-01'), county, '2018-03-01');
  await send(commands.define(DAOLI, 'a', completeStandard(), '2018-03-05'), county, '2018-03-05');
  await send(commands.publish(DAOLI, 'a', '2018-03-10'), county, '2018-03-10');
  await send(
    commands.draft(DAOLI, 'b', 'compulsory-education', '2018-03-02', '学区划分'),
    county,
    '2018-03-02',
  );
  lastCatalogueEvent = await send(
    commands.define(DAOLI, 'b', completeStandard(), '2018-03-03'),
    county,
    '2018-04-15',
  );
});
afterAll(() => platform.close());

/** The live store, with every document it hands out counted by collection. */
const counting = (store: ReadModelStore) => {
  const read = new Map<string, number>();
  const count = (collection: string, documents: readonly unknown[]) =>
    read.set(collection, (read.get(collection) ?? 0) + documents.filter((d) => d !== null).length);
  const wrapped: ReadModelStore = Object.create(store) as ReadModelStore;
  wrapped.find = async (collection: string, query?: FindQuery) => {
    const documents = await store.find(collection, query);
    count(collection, documents);
    return documents as never;
  };
  wrapped.getMany = async (collection: string, ids: readonly string[]) => {
    const documents = await store.getMany(collection, ids);
    count(collection, documents);
    return documents as never;
  };
  return { store: wrapped, read };
};

/** The event store, with the ranges of `readAll` recorded. */
const recording = (eventStore: EventStore) => {
  const ranges: { from: number; to: number }[] = [];
  const wrapped: EventStore = Object.create(eventStore) as EventStore;
  wrapped.readAll = (options?: ReadAllOptions) => {
    ranges.push({ from: options?.fromPosition ?? 0, to: options?.toPosition ?? Infinity });
    return eventStore.readAll(options);
  };
  return { eventStore: wrapped, ranges };
};

const viewsOver = (readModelStore: ReadModelStore, eventStore: EventStore = platform.eventStore) =>
  new ReadModelViewQueries({
    readModelStore,
    eventStore,
    directory,
    milestones: heilongjiangMilestones,
    clock: () => new Date('2018-08-31T12:00:00+08:00'),
  });

const replayed = (asOf: AsOf, basis: ViewBasis, tier: 'county' | 'prefecture') =>
  readReplayed<unknown>(platform.eventStore, asOf, (views) =>
    tier === 'county' ? views.county(DAOLI, basis) : views.prefecture(HARBIN, basis),
  );

describe('time travel reads', () => {
  it('reads each live document of a view once (a county listed, then read, is not read twice)', async () => {
    const { store, read } = counting(platform.readModelStore);
    const asOf = { date: '2018-03-11' };
    const actual = await viewsOver(store).prefectureView(HARBIN, asOf);
    // 道里区 is the only county of 哈尔滨市 with a catalogue: listed by the find, not read again.
    expect(read.get(COUNTY_CATALOGUES)).toBe(1);
    expect(actual).toEqual(await replayed(asOf, (actual as { basis: ViewBasis }).basis, 'prefecture'));
  });

  it('reads the delta buckets of a month once, then only the days after those read, and afresh once the county moved', async () => {
    const { store, read } = counting(platform.readModelStore);
    const views = viewsOver(store);
    const deltasRead = () => read.get(COUNTY_CATALOGUE_DELTAS) ?? 0;
    const check = async (date: string) => {
      const actual = await views.countyView(DAOLI, { date });
      expect(actual, date).toEqual(
        await replayed({ date }, (actual as { basis: ViewBasis }).basis, 'county'),
      );
    };

    await check('2018-03-06'); // days 1, 2 and 5 of March
    expect(deltasRead()).toBe(3);
    await check('2018-03-06');
    await check('2018-03-02');
    expect(deltasRead()).toBe(3);
    await check('2018-03-11'); // day 10 only
    expect(deltasRead()).toBe(4);

    // A publication recorded late, dated back into March, moves the county: its buckets are read again.
    await platform.send(commands.publish(DAOLI, 'b', '2018-03-08'), county, '2018-03-08');
    await check('2018-03-11');
    expect(deltasRead()).toBe(4 + 5); // days 1, 2, 5, 8 and 10
    const march = await views.countyView(DAOLI, { date: '2018-03-11' });
    expect(march?.totals.catalogue).toMatchObject({ items: 2, published: 2 });
  });

  it('keeps each day bucket once when views of one county as of two days of a month are asked at once', async () => {
    // Both views find the month unread and read its days; the cache must not keep a day twice
    // (seen on MongoDB, where the reads interleave: a draft counted twice).
    const views = viewsOver(platform.readModelStore);
    const dates = ['2018-03-03', '2018-03-11', '2018-03-06'];
    const actual = await Promise.all(dates.map((date) => views.countyView(DAOLI, { date })));
    for (const [index, date] of dates.entries()) {
      const view = actual[index] as { basis: ViewBasis };
      expect(view, date).toEqual(await replayed({ date }, view.basis, 'county'));
    }
    // Asked again, from the cache alone.
    for (const date of dates) {
      const view = (await views.countyView(DAOLI, { date })) as { basis: ViewBasis };
      expect(view, date).toEqual(await replayed({ date }, view.basis, 'county'));
    }
  });

  it("reads a document's history rows once while it stays put, and afresh once it moved", async () => {
    const { store, read } = counting(platform.readModelStore);
    const views = viewsOver(store);
    const rowsRead = () => read.get(historyCollection(PILOT_UNITS)) ?? 0;
    const check = async (date: string) => {
      const actual = await views.countyView(DAOLI, { date });
      expect(actual, date).toEqual(
        await replayed({ date }, (actual as { basis: ViewBasis }).basis, 'county'),
      );
    };

    await check('2017-09-01'); // before the plan filed on 1 October: the pilot unit from its history
    const first = rowsRead();
    expect(first).toBeGreaterThan(0);
    await check('2017-08-20');
    await check('2017-09-15');
    expect(rowsRead()).toBe(first);

    // Areas assigned again move the pilot unit: its rows are read again.
    await platform.send(
      commands.assignAreas(DAOLI, ['compulsory-education', 'land-acquisition-compensation'], '2018-05-03'),
      actors.province(),
      '2018-05-03',
    );
    await check('2017-09-01');
    expect(rowsRead()).toBeGreaterThan(first);
    await check('2018-05-02');
    const may = await views.countyView(DAOLI, { date: '2018-05-02' });
    expect(may?.assignedAreas).toEqual(['compulsory-education']);
  });

  it('reads the events after a kept county state in one read per run of consecutive positions', async () => {
    const { eventStore, ranges } = recording(platform.eventStore);
    const views = viewsOver(platform.readModelStore, eventStore);
    // Drafts, a standard and a publication, one after the other; the last standard left out.
    const asOf = { position: lastCatalogueEvent - 1 };
    const actual = await views.countyView(DAOLI, asOf);
    const runs = ranges.filter(({ from, to }) => to - from > 1);
    expect(runs.length).toBeGreaterThan(0);
    // Before: one read per event; the catalogue's events since the kept state are a few runs.
    expect(ranges.length).toBeLessThan(10);
    expect(actual).toEqual(await replayed(asOf, (actual as { basis: ViewBasis }).basis, 'county'));
  });
});
