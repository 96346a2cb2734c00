import { describe, it } from 'vitest';
import { command, completeStandard, DAOLI, given, ITEM_ID, itemEvents, publishedItem } from '../../testing';
import type { CommandOf } from '../../testing';

type RespondToConcern = CommandOf<'RespondToConcern'>['data'];

const respond = (overrides: Partial<RespondToConcern> = {}) =>
  command('RespondToConcern', {
    tenant: DAOLI,
    itemId: ITEM_ID,
    responseId: 'r-2017-001',
    disclosureId: 'd-2017-001',
    concern: '学区划分是否包括新建小区？',
    raisedOn: '2017-09-29',
    respondedOn: '2017-10-09',
    channel: 'government-website',
    url: 'http://www.hrbdl.gov.cn/hdjl/2017/001.html',
    ...overrides,
  });

const disclosed = () => [...publishedItem(), itemEvents().disclosed];

describe('RespondToConcern', () => {
  it('a county answers a public concern; the National Day holiday does not count against it', () => {
    given(disclosed())
      .when(respond())
      .then([
        {
          type: 'ConcernResponded',
          data: {
            itemId: ITEM_ID,
            responseId: 'r-2017-001',
            disclosureId: 'd-2017-001',
            concern: '学区划分是否包括新建小区？',
            raisedOn: '2017-09-29',
            respondedOn: '2017-10-09',
            channel: 'government-website',
            url: 'http://www.hrbdl.gov.cn/hdjl/2017/001.html',
            workingDaysTaken: 2,
          },
        },
      ]);
  });

  it('a concern about the item in general refers to no publication', () => {
    given(publishedItem())
      .when(respond({ disclosureId: undefined, channel: 'notice-board', url: undefined }))
      .then([
        {
          type: 'ConcernResponded',
          data: {
            itemId: ITEM_ID,
            responseId: 'r-2017-001',
            disclosureId: null,
            concern: '学区划分是否包括新建小区？',
            raisedOn: '2017-09-29',
            respondedOn: '2017-10-09',
            channel: 'notice-board',
            url: null,
            workingDaysTaken: 2,
          },
        },
      ]);
  });

  it('a response about an unknown publication is rejected', () => {
    given(disclosed())
      .when(respond({ disclosureId: 'd-2017-999' }))
      .thenThrows('DISCLOSURE_UNKNOWN');
  });

  it('an item whose standard does not cover response cannot record one', () => {
    const events = itemEvents();
    given([
      events.drafted,
      events.standardDefined(completeStandard({ chainStages: ['publication'] })),
      events.published,
    ])
      .when(respond({ disclosureId: undefined }))
      .thenThrows('CHAIN_STAGE_NOT_COVERED', { stage: 'response' });
  });

  it('a concern cannot be answered before it was raised', () => {
    given(disclosed())
      .when(respond({ respondedOn: '2017-09-28' }))
      .thenThrows('DATES_OUT_OF_ORDER');
  });

  it('a concern cannot be raised after the command that records it', () => {
    given(disclosed()).when(respond()).at('2017-10-01T09:00:00+08:00').thenThrows('DATE_IN_FUTURE');
  });

  it('a response for a retired item is rejected', () => {
    given([...disclosed(), itemEvents().retired])
      .when(respond({ raisedOn: '2018-03-02', respondedOn: '2018-03-05' }))
      .thenThrows('ITEM_RETIRED');
  });

  it('a response id is used once per item', () => {
    const [response] = given(disclosed()).when(respond()).decide();
    given([...disclosed(), response!])
      .when(respond())
      .thenThrows('RECORD_ALREADY_EXISTS');
  });
});
