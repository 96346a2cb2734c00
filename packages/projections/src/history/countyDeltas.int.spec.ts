import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../testing/testPlatform';
import {
  actors,
  commands,
  completeStandard,
  DAOLI,
  startTestPlatform,
  registerDaoli,
  readReplayed,
} from '../testing/testPlatform';
import { COUNTY_CATALOGUES } from '../projectors/catalogue/countyCatalogue';
import type { ViewBasis } from '../views/types';
import type { CountyWithDeltas } from './countyDeltas';
import { COUNTY_CATALOGUE_DELTAS } from './countyDeltas';

// A county as of a date is the sum of its per-day and per-month deltas. That holds while each
// item's own events are dated in order; these items are not, and must still equal a replay.
let platform: TestPlatform;
const county = actors.county(DAOLI);

beforeAll(async () => {
  platform = await startTestPlatform({ today: '2018-08-31' });
  const { send } = platform;
  await registerDaoli(send);
  // In order: drafted, defined, published.
  await send(commands.draft(DAOLI, 'in-order', 'compulsory-education', '2018-03-01'), county, '2018-03-01');
  await send(commands.define(DAOLI, 'in-order', completeStandard(), '2018-03-05'), county, '2018-03-05');
  await send(commands.publish(DAOLI, 'in-order', '2018-03-10'), county, '2018-03-10');
  // Its standard (dated 3 March) recorded on 1 April, then its publication recorded dated 20 March.
  await send(
    commands.draft(DAOLI, 'published-back', 'compulsory-education', '2018-03-02', '学区划分'),
    county,
    '2018-03-02',
  );
  await send(
    commands.define(DAOLI, 'published-back', completeStandard(), '2018-03-03'),
    county,
    '2018-04-01',
  );
  await send(commands.publish(DAOLI, 'published-back', '2018-03-20'), county, '2018-03-20');
  // Likewise, then retired in March: its retirement takes out a standard it did not have by then.
  await send(
    commands.draft(DAOLI, 'retired-back', 'compulsory-education', '2018-03-02', '划片'),
    county,
    '2018-03-02',
  );
  await send(commands.define(DAOLI, 'retired-back', completeStandard(), '2018-03-03'), county, '2018-04-01');
  await send(commands.publish(DAOLI, 'retired-back', '2018-03-04'), county, '2018-03-04');
  await send(commands.retire(DAOLI, 'retired-back', '并入划片招生', '2018-03-06'), county, '2018-03-06');
  // Drafted (dated 10 April) on 1 May, its standard then recorded dated 15 April: before its own draft.
  await send(
    commands.draft(DAOLI, 'defined-first', 'compulsory-education', '2018-04-10', '低保'),
    county,
    '2018-05-01',
  );
  await send(commands.define(DAOLI, 'defined-first', completeStandard(), '2018-04-12'), county, '2018-04-15');
});
afterAll(() => platform.close());

const replayed = (date: string, basis: ViewBasis) =>
  readReplayed(platform.eventStore, { date }, (views) => views.county(DAOLI, basis));

describe('a county as of a date, from its deltas', () => {
  it('keeps a day and a month bucket per business date, a running total per month, and lists the items dated out of order', async () => {
    const live = await platform.readModelStore.get<CountyWithDeltas>(COUNTY_CATALOGUES, DAOLI);
    expect(live?.deltasKept).toBe(true);
    expect(live?.irregularItems).toEqual([
      'catalogueItem-230102-published-back',
      'catalogueItem-230102-retired-back',
      'catalogueItem-230102-defined-first',
    ]);
    const buckets = await platform.readModelStore.find(COUNTY_CATALOGUE_DELTAS, { filter: { doc: DAOLI } });
    expect(buckets.map((bucket) => `${String(bucket['kind'])} ${String(bucket['key'])}`).sort()).toEqual([
      'day 2018-03-01',
      'day 2018-03-02',
      'day 2018-03-04',
      'day 2018-03-05',
      'day 2018-03-06',
      'day 2018-03-10',
      'day 2018-03-20',
      'day 2018-04-01',
      'day 2018-04-15',
      'day 2018-05-01',
      'month 2018-03',
      'month 2018-04',
      'month 2018-05',
      'through 2018-03',
      'through 2018-04',
      'through 2018-05',
    ]);
  });

  it.each([
    '2018-02-28',
    '2018-03-01',
    '2018-03-10',
    '2018-03-25',
    '2018-04-01',
    '2018-04-20',
    '2018-05-01',
    '2018-06-30',
  ])('equals a replay of the events dated up to %s', async (date) => {
    const actual = await platform.views.countyView(DAOLI, { date });
    const expected = await replayed(date, (actual as { basis: ViewBasis }).basis);
    expect(actual).toEqual(expected);
  });

  it('counts the publication and retirement dated back in March from their dates, though the standards came in April', async () => {
    const march = await platform.views.countyView(DAOLI, { date: '2018-03-25' });
    expect(march?.totals.catalogue).toMatchObject({
      itemsTotal: 3,
      items: 2,
      published: 2,
      retired: 1,
      withStandard: 1,
    });
  });
});
