import { describe, it } from 'vitest';
import { command, DAOLI, given, ITEM_ID, itemEvents, publishedItem } from '../../testing';

const retire = (reason = '职责划转至市教育局', retiredOn = '2018-03-01') =>
  command('RetireCatalogueItem', { tenant: DAOLI, itemId: ITEM_ID, reason, retiredOn });

describe('RetireCatalogueItem', () => {
  it('a county retires an item with a reason (dynamic adjustment)', () => {
    given(publishedItem()).when(retire()).then([itemEvents().retired]);
  });

  it('an abandoned draft can be retired', () => {
    given([itemEvents().drafted])
      .when(retire('与其他事项合并', '2017-09-05'))
      .then([
        {
          type: 'CatalogueItemRetired',
          data: { itemId: ITEM_ID, reason: '与其他事项合并', retiredOn: '2017-09-05' },
        },
      ]);
  });

  it('retiring an item needs a reason', () => {
    given(publishedItem()).when(retire('')).thenThrows('RETIREMENT_REASON_REQUIRED');
  });

  it('an item is retired once', () => {
    given([...publishedItem(), itemEvents().retired])
      .when(retire())
      .thenThrows('ITEM_RETIRED');
  });

  it('an item that was never drafted cannot be retired', () => {
    given().when(retire()).thenThrows('ITEM_NOT_DRAFTED');
  });

  it('an item cannot be retired before the last thing recorded on it', () => {
    given([...publishedItem(), itemEvents().disclosed])
      .when(retire('职责划转', '2017-09-20'))
      .thenThrows('DATES_OUT_OF_ORDER', {
        mustNotBeBefore: { field: 'the latest date on the item', date: '2017-09-25' },
      });
  });
});
