import { describe, expect, it } from 'vitest';
import type { ItemStandard } from '../standard';
import {
  command,
  completeStandard,
  countyAdmin,
  DAOLI,
  given,
  ITEM_ID,
  itemEvents,
  MISHAN,
  publishedItem,
} from '../../testing';
import type { CommandOf } from '../../testing';

type PublishDisclosure = CommandOf<'PublishDisclosure'>['data'];

const disclose = (overrides: Partial<PublishDisclosure> = {}) =>
  command('PublishDisclosure', {
    tenant: DAOLI,
    itemId: ITEM_ID,
    disclosureId: 'd-2017-001',
    title: '2017年秋季义务教育招生范围',
    channel: 'government-website',
    url: 'http://www.hrbdl.gov.cn/zwgk/2017/001.html',
    formedOn: '2017-09-20',
    publishedOn: '2017-09-25',
    ...overrides,
  });

const itemWith = (standard: ItemStandard) => {
  const events = itemEvents();
  return [events.drafted, events.standardDefined(standard), events.published];
};

describe('PublishDisclosure', () => {
  it('a county publishes on the government website within the 20 working days of the standard', () => {
    given(publishedItem()).when(disclose()).then([itemEvents().disclosed]);
  });

  it('timeliness counts working days across the National Day holiday and its make-up working day', () => {
    const [event] = given(publishedItem())
      .when(disclose({ formedOn: '2017-09-28', publishedOn: '2017-11-02' }))
      .decide();
    // 09-29 and the make-up Saturday 09-30 count; 10-01..08 do not: the 20th working day is 11-01.
    expect(event?.data).toMatchObject({
      timeliness: { deadline: '2017-11-01', workingDaysTaken: 21, allowedWorkingDays: 20, onTime: false },
    });
  });

  it('a publication on a notice board gives its location instead of a URL', () => {
    given(publishedItem())
      .when(disclose({ channel: 'notice-board', url: undefined, reference: '道里区新阳路街道公示栏' }))
      .then([
        {
          type: 'DisclosurePublished',
          data: {
            ...itemEvents().disclosed.data,
            channel: 'notice-board',
            url: null,
            reference: '道里区新阳路街道公示栏',
          },
        },
      ]);
  });

  it('a time limit without a working-day deadline yields no timeliness', () => {
    const timely = completeStandard({ timeLimit: { text: '及时公开', rules: [{ type: 'timely' }] } });
    const [event] = given(itemWith(timely)).when(disclose()).decide();
    expect(event?.data).toMatchObject({ timeliness: null });
  });

  it('a sector platform publication carries the platform name from the standard', () => {
    const standard = completeStandard({
      channels: [{ code: 'sector-platform', required: true, label: '黑龙江省公共资源交易平台' }],
    });
    const [event] = given(itemWith(standard))
      .when(disclose({ channel: 'sector-platform' }))
      .decide();
    expect(event?.data).toMatchObject({
      channel: 'sector-platform',
      channelLabel: '黑龙江省公共资源交易平台',
    });
  });

  it('a disclosure for a retired item is rejected', () => {
    given([...publishedItem(), itemEvents().retired])
      .when(disclose({ formedOn: '2018-03-02', publishedOn: '2018-03-05' }))
      .thenThrows('ITEM_RETIRED');
  });

  it('a disclosure for an item not yet published in the catalogue is rejected', () => {
    given([itemEvents().drafted, itemEvents().standardDefined()])
      .when(disclose())
      .thenThrows('ITEM_NOT_PUBLISHED');
  });

  it('a disclosure for an item that does not exist is rejected', () => {
    given().when(disclose()).thenThrows('ITEM_NOT_DRAFTED');
  });

  it('a channel the standard does not name is rejected', () => {
    given(publishedItem())
      .when(disclose({ channel: 'new-media' }))
      .thenThrows('CHANNEL_NOT_IN_STANDARD', { allowed: ['government-website', 'notice-board'] });
  });

  it('a website publication needs its URL', () => {
    given(publishedItem())
      .when(disclose({ url: undefined }))
      .thenThrows('URL_REQUIRED');
  });

  it('an offline publication needs a reference', () => {
    given(publishedItem())
      .when(disclose({ channel: 'notice-board', url: undefined }))
      .thenThrows('REFERENCE_REQUIRED');
  });

  it('information cannot be published before it was formed', () => {
    given(publishedItem())
      .when(disclose({ formedOn: '2017-09-26' }))
      .thenThrows('DATES_OUT_OF_ORDER', {
        field: 'publishedOn',
        mustNotBeBefore: { field: 'formedOn', date: '2017-09-26' },
      });
  });

  it('a disclosure cannot be dated before the item was published in the catalogue', () => {
    given(publishedItem())
      .when(disclose({ formedOn: '2017-09-01', publishedOn: '2017-09-14' }))
      .thenThrows('DATES_OUT_OF_ORDER', {
        field: 'publishedOn',
        mustNotBeBefore: { field: 'itemPublishedOn', date: '2017-09-15' },
      });
  });

  it('a disclosure on the day the item was published is accepted', () => {
    const [event] = given(publishedItem())
      .when(disclose({ formedOn: '2017-09-01', publishedOn: '2017-09-15' }))
      .decide();
    expect(event?.type).toBe('DisclosurePublished');
  });

  it('a publication cannot be dated after the command that records it', () => {
    given(publishedItem()).when(disclose()).at('2017-09-24T18:00:00+08:00').thenThrows('DATE_IN_FUTURE');
  });

  it('a disclosure id is used once per item', () => {
    given([...publishedItem(), itemEvents().disclosed])
      .when(disclose())
      .thenThrows('RECORD_ALREADY_EXISTS');
  });

  it('a publication in a year the official calendar does not cover is rejected with the calendar’s code', () => {
    const events = itemEvents();
    const publishedIn2016 = {
      ...events.published,
      data: { ...events.published.data, publishedOn: '2016-12-01' },
    };
    given([events.drafted, events.standardDefined(), publishedIn2016])
      .when(disclose({ formedOn: '2016-12-20', publishedOn: '2017-01-10' }))
      .thenThrows('CALENDAR_YEAR_UNKNOWN');
  });

  it('a URL that is not http(s) is an invalid command', () => {
    given(publishedItem())
      .when(disclose({ url: 'ftp://example.org/a' }))
      .thenThrows('INVALID_COMMAND');
  });

  it('a county admin cannot publish for another county’s item', () => {
    given(publishedItem()).when(disclose()).by(countyAdmin(MISHAN)).thenThrows('TENANT_FORBIDDEN');
  });
});
