import { describe, it } from 'vitest';
import { DAOLI, given, pilotEvents, pilotStory, prefectureAdmin, HARBIN, command } from '../../testing';

const rectify = (
  overrides: Partial<{ stage: 'prefecture' | 'province'; requestedOn: string; dueOn: string }> = {},
) =>
  command('RequestRectification', {
    tenant: DAOLI,
    stage: 'province',
    items: ['补充政策解读'],
    requestedOn: '2018-07-26',
    dueOn: '2018-08-10',
    ...overrides,
  });

const failed = () => [...pilotStory('reported'), pilotEvents().provinceFailed];

describe('RequestRectification', () => {
  it('the province requests rectification after a failed acceptance', () => {
    given(failed()).when(rectify()).then([pilotEvents().provinceRectification]);
  });

  it('the prefecture requests rectification after its own failed acceptance', () => {
    given([...pilotStory('selfAssessed'), pilotEvents().prefectureFailed])
      .when(rectify({ stage: 'prefecture', requestedOn: '2018-06-29', dueOn: '2018-07-05' }))
      .by(prefectureAdmin(HARBIN))
      .then([
        {
          type: 'RectificationRequested',
          data: {
            unit: DAOLI,
            stage: 'prefecture',
            requestedBy: HARBIN,
            items: ['补充政策解读'],
            requestedOn: '2018-06-29',
            dueOn: '2018-07-05',
          },
        },
      ]);
  });

  it('rectification follows an acceptance at that stage', () => {
    given(pilotStory('reported')).when(rectify()).thenThrows('ACCEPTANCE_MISSING');
  });

  it('a pilot that passed acceptance is not sent to rectification', () => {
    given(pilotStory('provinceAccepted')).when(rectify()).thenThrows('RECTIFICATION_AFTER_PASS');
  });

  it('one failure opens one rectification', () => {
    given([...failed(), pilotEvents().provinceRectification])
      .when(rectify({ requestedOn: '2018-07-27' }))
      .thenThrows('RECTIFICATION_ALREADY_OPEN', { requestedOn: '2018-07-26' });
  });

  it('a rectification cannot be due before it is requested', () => {
    given(failed())
      .when(rectify({ dueOn: '2018-07-20' }))
      .thenThrows('DATES_OUT_OF_ORDER', {
        field: 'dueOn',
        mustNotBeBefore: { field: 'requestedOn', date: '2018-07-26' },
      });
  });

  it('a rectification cannot be requested before the acceptance that failed', () => {
    given(failed())
      .when(rectify({ requestedOn: '2018-07-20' }))
      .thenThrows('DATES_OUT_OF_ORDER');
  });
});
