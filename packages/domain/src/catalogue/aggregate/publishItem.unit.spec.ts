import { describe, it } from 'vitest';
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

const publish = (publishedOn = '2017-09-15') =>
  command('PublishCatalogueItem', { tenant: DAOLI, itemId: ITEM_ID, publishedOn });

describe('PublishCatalogueItem', () => {
  it('an item with a complete standard enters the published catalogue', () => {
    given([itemEvents().drafted, itemEvents().standardDefined()])
      .when(publish())
      .then([itemEvents().published]);
  });

  it('the published version is the latest revision', () => {
    const revised = completeStandard({ subject: '县教育和体育局' });
    given([
      itemEvents().drafted,
      itemEvents().standardDefined(),
      {
        type: 'StandardRevised',
        data: {
          itemId: ITEM_ID,
          version: 2,
          reason: '职能调整',
          changedElements: ['subject'],
          standard: revised,
          revisedOn: '2017-09-12',
        },
      },
    ])
      .when(publish())
      .then([
        {
          type: 'CatalogueItemPublished',
          data: { itemId: ITEM_ID, standardVersion: 2, publishedOn: '2017-09-15' },
        },
      ]);
  });

  it('an item whose standard is incomplete cannot be published, and the error lists what is missing', () => {
    given([itemEvents().drafted, itemEvents().standardDefined(draftStandard())])
      .when(publish())
      .thenThrows('STANDARD_INCOMPLETE', {
        missing: [
          'legalBasis',
          'contentElements',
          'timeLimit',
          'mode',
          'channels',
          'audience',
          'levels',
          'fiveOpenStages',
          'chainStages',
        ],
      });
  });

  it('an item without a standard cannot be published', () => {
    given([itemEvents().drafted]).when(publish()).thenThrows('STANDARD_NOT_DEFINED');
  });

  it('an item is published once', () => {
    given(publishedItem())
      .when(publish('2017-10-09'))
      .thenThrows('ITEM_ALREADY_PUBLISHED', { publishedOn: '2017-09-15' });
  });

  it('a retired item cannot be published', () => {
    given([itemEvents().drafted, itemEvents().standardDefined(), itemEvents().retired])
      .when(publish())
      .thenThrows('ITEM_RETIRED');
  });

  it('an item that was never drafted cannot be published', () => {
    given().when(publish()).thenThrows('ITEM_NOT_DRAFTED');
  });

  it('an item cannot be published before its standard', () => {
    given([itemEvents().drafted, itemEvents().standardDefined()])
      .when(publish('2017-09-05'))
      .thenThrows('DATES_OUT_OF_ORDER');
  });
});
