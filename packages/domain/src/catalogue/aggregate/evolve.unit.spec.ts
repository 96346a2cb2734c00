import { describe, expect, it } from 'vitest';
import { completeStandard, draftStandard, ITEM_ID, itemEvents, publishedItem } from '../../testing';
import { evolveCatalogueItem } from './evolve';
import type { CatalogueItemEvent } from './evolve';
import { initialCatalogueItemState } from './state';

const fold = (events: readonly CatalogueItemEvent[]) =>
  events.reduce(evolveCatalogueItem, initialCatalogueItemState());

describe('evolveCatalogueItem', () => {
  it('folds an item through its life: draft, standard, revision, publication, disclosure, retirement', () => {
    const revised = completeStandard({ name: { level1Name: '招生管理', level2Name: '招生范围（含划片）' } });
    const state = fold([
      ...publishedItem(),
      {
        type: 'StandardRevised',
        data: {
          itemId: ITEM_ID,
          version: 2,
          reason: '名称规范',
          changedElements: ['name'],
          standard: revised,
          revisedOn: '2017-10-09',
        },
      },
      itemEvents().disclosed,
      itemEvents().retired,
    ]);
    expect(state).toMatchObject({
      itemId: ITEM_ID,
      status: 'retired',
      areaCode: 'compulsory-education',
      name: revised.name,
      standardVersion: 2,
      standardDatedOn: '2017-10-09',
      publishedOn: '2017-09-15',
      publishedStandardVersion: 1,
      retiredOn: '2018-03-01',
      retirementReason: '职责划转至市教育局',
      latestOn: '2018-03-01',
    });
    expect(state.revisions).toEqual([
      { version: 2, reason: '名称规范', changedElements: ['name'], revisedOn: '2017-10-09' },
    ]);
    expect(Object.keys(state.disclosures)).toEqual(['d-2017-001']);
  });

  it('an "as of" fold stops where the caller stops', () => {
    const state = fold([itemEvents().drafted, itemEvents().standardDefined(draftStandard())]);
    expect(state.status).toBe('draft');
    expect(state.standard).toEqual(draftStandard());
    expect(state.latestOn).toBe('2017-09-10');
  });
});
