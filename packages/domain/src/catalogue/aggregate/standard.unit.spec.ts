import { describe, expect, it } from 'vitest';
import type { ItemStandard } from '../standard';
import {
  command,
  completeStandard,
  DAOLI,
  draftStandard,
  given,
  ITEM_ID,
  itemEvents,
  publishedItem,
} from '../../testing';

const define = (standard: ItemStandard = completeStandard(), definedOn = '2017-09-10') =>
  command('DefineStandard', { tenant: DAOLI, itemId: ITEM_ID, standard, definedOn });

const revise = (standard: ItemStandard, reason = '教育局职能调整', revisedOn = '2018-03-01') =>
  command('ReviseStandard', { tenant: DAOLI, itemId: ITEM_ID, standard, reason, revisedOn });

const revised = completeStandard({
  subject: '县教育和体育局',
  timeLimit: {
    text: '信息形成或者变更之日起15个工作日内',
    rules: [{ type: 'working-days-after-formation', days: 15 }],
  },
});

describe('DefineStandard', () => {
  it('a county defines the standard of a drafted item as version 1', () => {
    given([itemEvents().drafted]).when(define()).then([itemEvents().standardDefined()]);
  });

  it('a standard may be defined incomplete while the item is a draft', () => {
    given([itemEvents().drafted])
      .when(define(draftStandard()))
      .then([itemEvents().standardDefined(draftStandard())]);
  });

  it('a standard is defined once; later changes are revisions', () => {
    given([itemEvents().drafted, itemEvents().standardDefined()])
      .when(define())
      .thenThrows('STANDARD_ALREADY_DEFINED');
  });

  it('a standard needs a drafted item', () => {
    given().when(define()).thenThrows('ITEM_NOT_DRAFTED');
  });

  it('a standard cannot be defined on a retired item', () => {
    given([itemEvents().drafted, itemEvents().retired])
      .when(define())
      .thenThrows('ITEM_RETIRED', { retiredOn: '2018-03-01' });
  });

  it('a standard cannot be dated before the item was drafted', () => {
    given([itemEvents().drafted])
      .when(define(completeStandard(), '2017-08-01'))
      .thenThrows('DATES_OUT_OF_ORDER');
  });

  it('an "other" channel must say what it is', () => {
    const error = given([itemEvents().drafted])
      .when(define(completeStandard({ channels: [{ code: 'other', required: true }] })))
      .thenThrows('INVALID_COMMAND');
    expect(error.message).toContain('data.standard.channels[0].label');
  });
});

describe('ReviseStandard', () => {
  it('a revision is numbered, keeps its reason and lists the elements it changed', () => {
    given(publishedItem())
      .when(revise(revised))
      .then([
        {
          type: 'StandardRevised',
          data: {
            itemId: ITEM_ID,
            version: 2,
            reason: '教育局职能调整',
            changedElements: ['subject', 'timeLimit'],
            standard: revised,
            revisedOn: '2018-03-01',
          },
        },
      ]);
  });

  it('revisions keep counting', () => {
    given([
      ...publishedItem(),
      {
        type: 'StandardRevised',
        data: {
          itemId: ITEM_ID,
          version: 2,
          reason: '职能调整',
          changedElements: ['subject'],
          standard: revised,
          revisedOn: '2018-03-01',
        },
      },
    ])
      .when(revise(completeStandard(), '恢复原时限', '2018-04-01'))
      .then([
        {
          type: 'StandardRevised',
          data: {
            itemId: ITEM_ID,
            version: 3,
            reason: '恢复原时限',
            changedElements: ['subject', 'timeLimit'],
            standard: completeStandard(),
            revisedOn: '2018-04-01',
          },
        },
      ]);
  });

  it('a revision without a reason is rejected', () => {
    given(publishedItem()).when(revise(revised, '   ')).thenThrows('REVISION_REASON_REQUIRED');
  });

  it('a revision that changes nothing is rejected', () => {
    given(publishedItem()).when(revise(completeStandard())).thenThrows('STANDARD_UNCHANGED', { version: 1 });
  });

  it('a standard that was never defined cannot be revised', () => {
    given([itemEvents().drafted]).when(revise(revised)).thenThrows('STANDARD_NOT_DEFINED');
  });

  it('a published item cannot be revised into an incomplete standard', () => {
    given(publishedItem())
      .when(revise(completeStandard({ legalBasis: [] })))
      .thenThrows('STANDARD_INCOMPLETE', { missing: ['legalBasis'] });
  });

  it('a draft item’s standard may stay incomplete through revisions', () => {
    const events = itemEvents();
    const partial = { ...draftStandard(), legalBasis: completeStandard().legalBasis };
    given([events.drafted, events.standardDefined(draftStandard())])
      .when(revise(partial, '补充公开依据', '2017-09-12'))
      .then([
        {
          type: 'StandardRevised',
          data: {
            itemId: ITEM_ID,
            version: 2,
            reason: '补充公开依据',
            changedElements: ['legalBasis'],
            standard: partial,
            revisedOn: '2017-09-12',
          },
        },
      ]);
  });

  it('the standard of a retired item cannot be revised', () => {
    given([...publishedItem(), itemEvents().retired])
      .when(revise(revised))
      .thenThrows('ITEM_RETIRED');
  });

  it('a revision cannot be dated before the version it revises', () => {
    given(publishedItem())
      .when(revise(revised, '职能调整', '2017-09-05'))
      .thenThrows('DATES_OUT_OF_ORDER', {
        mustNotBeBefore: { field: 'standard v1 date', date: '2017-09-10' },
      });
  });
});
