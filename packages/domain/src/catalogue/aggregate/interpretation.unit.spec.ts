import { describe, it } from 'vitest';
import { command, completeStandard, DAOLI, given, ITEM_ID, itemEvents, publishedItem } from '../../testing';
import type { CommandOf } from '../../testing';

type PublishInterpretation = CommandOf<'PublishInterpretation'>['data'];

const interpret = (overrides: Partial<PublishInterpretation> = {}) =>
  command('PublishInterpretation', {
    tenant: DAOLI,
    itemId: ITEM_ID,
    interpretationId: 'i-2017-001',
    disclosureId: 'd-2017-001',
    title: '一图读懂2017年秋季招生范围',
    form: 'graphic',
    channel: 'government-website',
    url: 'http://www.hrbdl.gov.cn/zwgk/2017/001-jd.html',
    publishedOn: '2017-09-27',
    ...overrides,
  });

const disclosed = () => [...publishedItem(), itemEvents().disclosed];

describe('PublishInterpretation', () => {
  it('an interpretation follows its publication within 3 working days', () => {
    given(disclosed())
      .when(interpret())
      .then([
        {
          type: 'InterpretationPublished',
          data: {
            itemId: ITEM_ID,
            interpretationId: 'i-2017-001',
            disclosureId: 'd-2017-001',
            title: '一图读懂2017年秋季招生范围',
            form: 'graphic',
            channel: 'government-website',
            url: 'http://www.hrbdl.gov.cn/zwgk/2017/001-jd.html',
            publishedOn: '2017-09-27',
            timeliness: {
              rule: 'working-days-after-publication',
              allowedWorkingDays: 3,
              deadline: '2017-09-28',
              workingDaysTaken: 2,
              onTime: true,
            },
          },
        },
      ]);
  });

  it('an interpretation for an unknown publication is rejected', () => {
    given(disclosed())
      .when(interpret({ disclosureId: 'd-2017-999' }))
      .thenThrows('DISCLOSURE_UNKNOWN');
  });

  it('an item whose standard does not cover interpretation cannot record one', () => {
    const events = itemEvents();
    given([
      events.drafted,
      events.standardDefined(completeStandard({ chainStages: ['publication'] })),
      events.published,
      events.disclosed,
    ])
      .when(interpret())
      .thenThrows('CHAIN_STAGE_NOT_COVERED', { stage: 'interpretation' });
  });

  it('an interpretation cannot precede its publication', () => {
    given(disclosed())
      .when(interpret({ publishedOn: '2017-09-24' }))
      .thenThrows('DATES_OUT_OF_ORDER');
  });

  it('an interpretation for a retired item is rejected', () => {
    given([...disclosed(), itemEvents().retired])
      .when(interpret({ publishedOn: '2018-03-02' }))
      .thenThrows('ITEM_RETIRED');
  });

  it('an interpretation id is used once per item', () => {
    const [interpretation] = given(disclosed()).when(interpret()).decide();
    given([...disclosed(), interpretation!])
      .when(interpret())
      .thenThrows('RECORD_ALREADY_EXISTS');
  });

  it('an interpretation on the website needs its URL', () => {
    given(disclosed())
      .when(interpret({ url: undefined }))
      .thenThrows('URL_REQUIRED');
  });
});
