import { describe, it } from 'vitest';
import { DAOLI, given, HARBIN, pilotEvents, pilotStory, prefectureAdmin, command } from '../../testing';

const assign = (areas: string[], assignedOn = '2017-08-15') =>
  command('AssignPilotAreas', { tenant: DAOLI, areas, assignedOn });

describe('AssignPilotAreas', () => {
  it('the province assigns the pilot areas of a registered unit', () => {
    given(pilotStory('registered'))
      .when(assign(['compulsory-education', 'affordable-housing']))
      .then([pilotEvents().areasAssigned]);
  });

  it('the province may reassign the areas before the pilot report', () => {
    given(pilotStory('selfAssessed'))
      .when(assign(['compulsory-education'], '2018-01-10'))
      .then([
        {
          type: 'PilotAreasAssigned',
          data: { unit: DAOLI, areas: ['compulsory-education'], assignedOn: '2018-01-10' },
        },
      ]);
  });

  it('assigning the same areas again records nothing', () => {
    given(pilotStory('areasAssigned'))
      .when(assign(['affordable-housing', 'compulsory-education'], '2017-09-01'))
      .then([]);
  });

  it('areas cannot be assigned to a unit that is not a registered pilot', () => {
    given()
      .when(assign(['compulsory-education']))
      .thenThrows('PILOT_NOT_REGISTERED');
  });

  it('areas are fixed once the pilot report is submitted', () => {
    given(pilotStory('reported'))
      .when(assign(['compulsory-education'], '2018-07-08'))
      .thenThrows('PILOT_REPORT_ALREADY_SUBMITTED');
  });

  it('areas cannot be assigned to a completed pilot', () => {
    given(pilotStory('completed'))
      .when(assign(['compulsory-education'], '2018-09-01'))
      .thenThrows('PILOT_COMPLETED');
  });

  it('areas cannot be assigned before the unit was registered', () => {
    given(pilotStory('registered'))
      .when(assign(['compulsory-education'], '2017-08-01'))
      .thenThrows('DATES_OUT_OF_ORDER', {
        field: 'assignedOn',
        mustNotBeBefore: { field: 'registeredOn', date: '2017-08-09' },
      });
  });

  it('an area code that is not a pilot area of the province is refused', () => {
    given(pilotStory('registered'))
      .when(assign(['compulsory-education', 'no-such-area']))
      .thenThrows('AREA_UNKNOWN', { unit: DAOLI, areaCode: 'no-such-area' });
  });

  it('a national pilot cannot be assigned an area of the provincial pilot level', () => {
    given(pilotStory('registered'))
      .when(assign(['tax-administration']))
      .thenThrows('AREA_LEVEL_MISMATCH', {
        unit: DAOLI,
        areaCode: 'tax-administration',
        pilotLevel: 'national',
        areaLevels: ['provincial'],
      });
  });

  it('an area of both levels may be assigned to a national pilot', () => {
    given(pilotStory('registered'))
      .when(assign(['land-acquisition-compensation']))
      .then([
        {
          type: 'PilotAreasAssigned',
          data: { unit: DAOLI, areas: ['land-acquisition-compensation'], assignedOn: '2017-08-15' },
        },
      ]);
  });

  it('an area listed twice is an invalid command', () => {
    given(pilotStory('registered'))
      .when(assign(['compulsory-education', 'compulsory-education']))
      .thenThrows('INVALID_COMMAND');
  });

  it('a prefecture admin cannot assign areas to its counties', () => {
    given(pilotStory('registered'))
      .when(assign(['compulsory-education']))
      .by(prefectureAdmin(HARBIN))
      .thenThrows('ROLE_FORBIDDEN');
  });
});
