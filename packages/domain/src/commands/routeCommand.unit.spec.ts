import { describe, expect, it } from 'vitest';
import { command } from '../testing';
import { routeCommand } from './routeCommand';

describe('routeCommand', () => {
  it('routes pilot commands to the unit’s stream', () => {
    expect(routeCommand(command('CompletePilot', { tenant: '230102', completedOn: '2018-08-20' }))).toEqual({
      streamId: 'pilotUnit-230102',
      aggregate: 'pilotUnit',
      consults: [],
    });
  });

  it('routes item and disclosure commands to the item’s stream; drafting consults the pilot unit', () => {
    const draft = command('DraftCatalogueItem', {
      tenant: '230102',
      itemId: 'edu-1',
      areaCode: 'compulsory-education',
      name: { level1Name: '招生管理', level2Name: '招生范围' },
      source: 'other',
      draftedOn: '2017-09-01',
    });
    expect(routeCommand(draft)).toEqual({
      streamId: 'catalogueItem-230102-edu-1',
      aggregate: 'catalogueItem',
      consults: ['pilotUnit-230102'],
    });
    const publish = command('PublishCatalogueItem', {
      tenant: '230102',
      itemId: 'edu-1',
      publishedOn: '2017-09-15',
    });
    expect(routeCommand(publish).consults).toEqual([]);
  });

  it('routes report commands to the report’s stream', () => {
    const submit = command('SubmitNationalReport', {
      tenant: '230000',
      reportId: 'overall-2018',
      contentHash: 'a'.repeat(64),
      submittedOn: '2018-08-30',
    });
    expect(routeCommand(submit)).toMatchObject({
      streamId: 'nationalReport-230000-overall-2018',
      aggregate: 'nationalReport',
    });
  });
});
