import { describe, it } from 'vitest';
import { DAOLI, given, HARBIN, pilotEvents, pilotStory, prefectureAdmin, command } from '../../testing';

const complete = (completedOn = '2018-08-20') => command('CompletePilot', { tenant: DAOLI, completedOn });

describe('CompletePilot', () => {
  it('the province completes a pilot it accepted, with the acceptance score', () => {
    given(pilotStory('provinceAccepted')).when(complete()).then([pilotEvents().completed]);
  });

  it('a pilot the province has not accepted cannot be completed', () => {
    given(pilotStory('reported')).when(complete()).thenThrows('PILOT_NOT_ACCEPTED');
  });

  it('a pilot that failed acceptance cannot be completed', () => {
    given([...pilotStory('reported'), pilotEvents().provinceFailed])
      .when(complete())
      .thenThrows('PILOT_NOT_ACCEPTED');
  });

  it('a completed pilot is not completed again', () => {
    given(pilotStory('completed'))
      .when(complete('2018-09-01'))
      .thenThrows('PILOT_COMPLETED', { completedOn: '2018-08-20' });
  });

  it('completion cannot be dated before the acceptance', () => {
    given(pilotStory('provinceAccepted')).when(complete('2018-07-20')).thenThrows('DATES_OUT_OF_ORDER');
  });

  it('a prefecture cannot complete a pilot', () => {
    given(pilotStory('provinceAccepted'))
      .when(complete())
      .by(prefectureAdmin(HARBIN))
      .thenThrows('ROLE_FORBIDDEN');
  });
});
