import { describe, expect, it } from 'vitest';
import { command, testDirectory } from '../testing';
import { routeCommand } from './routeCommand';

describe('routeCommand', () => {
  it('routes pilot commands to the unit’s stream', () => {
    expect(
      routeCommand(command('CompletePilot', { tenant: '230102', completedOn: '2018-08-20' }), testDirectory),
    ).toEqual({
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
    expect(routeCommand(draft, testDirectory)).toEqual({
      streamId: 'catalogueItem-230102-edu-1',
      aggregate: 'catalogueItem',
      consults: ['pilotUnit-230102'],
    });
    const publish = command('PublishCatalogueItem', {
      tenant: '230102',
      itemId: 'edu-1',
      publishedOn: '2017-09-15',
    });
    expect(routeCommand(publish, testDirectory).consults).toEqual([]);
  });

  it('routes report commands to the report’s stream', () => {
    const submit = command('SubmitNationalReport', {
      tenant: '230000',
      reportId: 'overall-2018',
      contentHash: 'a'.repeat(64),
      submittedOn: '2018-08-30',
    });
    expect(routeCommand(submit, testDirectory)).toMatchObject({
      streamId: 'nationalReport-230000-overall-2018',
      aggregate: 'nationalReport',
    });
  });

  it('routes programme commands to the government’s own stream; the summary consults every provincial pilot', () => {
    const plan = command('FileProgrammePlan', { tenant: '230100', title: '实施方案', filedOn: '2017-09-26' });
    expect(routeCommand(plan, testDirectory)).toEqual({
      streamId: 'pilotProgramme-230100',
      aggregate: 'pilotProgramme',
      consults: [],
    });
    const summary = command('SummariseProvincialPilots', {
      tenant: '230000',
      title: '省级试点工作总结',
      practices: '',
      summarisedOn: '2018-12-20',
    });
    expect(routeCommand(summary, testDirectory).consults).toEqual(
      ['230781', '230522', '230921', '232721', '230421', '231123', '231081', '230883'].map(
        (unit) => `pilotUnit-${unit}`,
      ),
    );
  });
});
