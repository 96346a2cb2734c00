import { describe, it } from 'vitest';
import {
  countyAdmin,
  DAOLI,
  given,
  JIXI,
  pilotEvents,
  pilotStory,
  prefectureAdmin,
  PROVINCE,
  SUIFENHE,
  command,
} from '../../testing';

const report = (tenant = DAOLI, submittedOn = '2018-07-06') =>
  command('SubmitPilotReport', { tenant, title: '试点工作报告', submittedOn });

const suifenheSelfAssessed = () => {
  const events = pilotEvents(SUIFENHE, PROVINCE);
  return [
    { ...events.registered, data: { ...events.registered.data, pilotLevel: 'provincial' as const } },
    events.areasAssigned,
    events.planFiled,
    events.selfAssessed,
  ];
};

describe('SubmitPilotReport', () => {
  it('the prefecture sends the pilot report of its county to the province after accepting it', () => {
    given(pilotStory('prefectureAccepted')).when(report()).then([pilotEvents().reported]);
  });

  it('a province-administered county sends its own pilot report after its self-assessment', () => {
    given(suifenheSelfAssessed())
      .when(report(SUIFENHE, '2018-07-05'))
      .then([
        {
          type: 'PilotReportSubmitted',
          data: {
            unit: SUIFENHE,
            title: '试点工作报告',
            submittedBy: SUIFENHE,
            submittedTo: PROVINCE,
            submittedOn: '2018-07-05',
          },
        },
      ]);
  });

  it('the pilot report waits for the prefecture acceptance', () => {
    given(pilotStory('selfAssessed')).when(report()).thenThrows('PREFECTURE_ACCEPTANCE_MISSING');
  });

  it('the pilot report waits for the self-assessment', () => {
    given(pilotStory('planFiled')).when(report()).thenThrows('SELF_ASSESSMENT_MISSING');
  });

  it('the pilot report is submitted once', () => {
    given(pilotStory('reported'))
      .when(report(DAOLI, '2018-07-09'))
      .thenThrows('PILOT_REPORT_ALREADY_SUBMITTED');
  });

  it('a pilot report cannot be dated before the prefecture acceptance', () => {
    given(pilotStory('prefectureAccepted'))
      .when(report(DAOLI, '2018-06-20'))
      .thenThrows('DATES_OUT_OF_ORDER', { field: 'submittedOn' });
  });

  it('a county that reports through its prefecture cannot send its own pilot report', () => {
    given(pilotStory('prefectureAccepted'))
      .when(report())
      .by(countyAdmin(DAOLI))
      .thenThrows('ROLE_FORBIDDEN');
  });

  it('another prefecture cannot send the pilot report of 道里区', () => {
    given(pilotStory('prefectureAccepted'))
      .when(report())
      .by(prefectureAdmin(JIXI))
      .thenThrows('TENANT_FORBIDDEN');
  });
});
