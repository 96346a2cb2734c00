import { describe, expect, it } from 'vitest';
import { evolvePilotUnit } from '../evolve';
import type { PilotUnitEvent } from '../events';
import { initialPilotUnitState } from '../state';
import {
  countyAdmin,
  DAOLI,
  given,
  HARBIN,
  JIXI,
  pilotEvents,
  pilotStory,
  prefectureAdmin,
  PROVINCE,
  provinceAdmin,
  SUIFENHE,
  command,
} from '../../testing';

type Acceptance = {
  stage: 'prefecture' | 'province';
  score: number;
  findings: (string | { kind: 'problem' | 'strength' | 'requirement'; text: string })[];
  passed: boolean;
  conductedOn: string;
};

const accept = (overrides: Partial<Acceptance> = {}, tenant = DAOLI) =>
  command('ConductAcceptance', {
    tenant,
    stage: 'province',
    score: 95,
    findings: [],
    passed: true,
    conductedOn: '2018-07-25',
    ...overrides,
  });

describe('ConductAcceptance', () => {
  it('the prefecture accepts its county after the self-assessment', () => {
    given(pilotStory('selfAssessed'))
      .when(accept({ stage: 'prefecture', score: 92, conductedOn: '2018-06-28' }))
      .then([pilotEvents().prefectureAccepted]);
  });

  it('the province accepts a pilot after its pilot report', () => {
    given(pilotStory('reported')).when(accept()).then([pilotEvents().provinceAccepted]);
  });

  it('a failed acceptance states its findings', () => {
    given(pilotStory('reported'))
      .when(accept({ score: 58, findings: ['解读未同步发布'], passed: false }))
      .then([pilotEvents().provinceFailed]);
  });

  it('findings given with their kind keep it; text findings take the kind their wording says', () => {
    const accepted = pilotEvents().provinceAccepted;
    given(pilotStory('reported'))
      .when(
        accept({
          findings: [
            { kind: 'strength', text: '试点专题更新及时。' },
            '部分村级公示栏信息更新不够及时。',
            '建议拓展新媒体渠道。',
          ],
        }),
      )
      .then([
        {
          ...accepted,
          data: {
            ...accepted.data,
            findings: [
              { kind: 'strength', text: '试点专题更新及时。' },
              { kind: 'problem', text: '部分村级公示栏信息更新不够及时。' },
              { kind: 'requirement', text: '建议拓展新媒体渠道。' },
            ],
          },
        },
      ]);
  });

  it('a failed acceptance with strengths only is rejected: it must say what to rectify', () => {
    given(pilotStory('reported'))
      .when(
        accept({ score: 50, passed: false, findings: [{ kind: 'strength', text: '专题栏目内容丰富。' }] }),
      )
      .thenThrows('FINDINGS_REQUIRED');
  });

  it('the province cannot accept a pilot before its pilot report', () => {
    given(pilotStory('prefectureAccepted')).when(accept()).thenThrows('PILOT_REPORT_MISSING');
  });

  it('the prefecture cannot accept a county before its self-assessment', () => {
    given(pilotStory('planFiled'))
      .when(accept({ stage: 'prefecture', conductedOn: '2018-06-28' }))
      .thenThrows('SELF_ASSESSMENT_MISSING');
  });

  it('a pilot is not accepted twice', () => {
    given(pilotStory('provinceAccepted'))
      .when(accept({ conductedOn: '2018-07-30' }))
      .thenThrows('ALREADY_ACCEPTED', { stage: 'province', conductedOn: '2018-07-25' });
  });

  it('a score above 100 is rejected', () => {
    given(pilotStory('reported'))
      .when(accept({ score: 101 }))
      .thenThrows('SCORE_OUT_OF_RANGE', { score: 101 });
  });

  it('a negative score is rejected', () => {
    given(pilotStory('reported'))
      .when(accept({ score: -5 }))
      .thenThrows('SCORE_OUT_OF_RANGE');
  });

  it('a failed acceptance without findings is rejected', () => {
    given(pilotStory('reported'))
      .when(accept({ score: 50, passed: false }))
      .thenThrows('FINDINGS_REQUIRED');
  });

  it('after a failed acceptance, rectification is requested before accepting again', () => {
    given([...pilotStory('reported'), pilotEvents().provinceFailed])
      .when(accept({ conductedOn: '2018-08-15' }))
      .thenThrows('RECTIFICATION_NOT_REQUESTED');
  });

  it('after rectification the province accepts again, which closes the rectification', () => {
    const events = pilotEvents();
    const history = [...pilotStory('reported'), events.provinceFailed, events.provinceRectification];
    const reaccepted: PilotUnitEvent = {
      type: 'AcceptanceConducted',
      data: {
        unit: DAOLI,
        stage: 'province',
        conductedBy: PROVINCE,
        score: 88,
        findings: [],
        passed: true,
        conductedOn: '2018-08-15',
      },
    };
    given(history)
      .when(accept({ score: 88, conductedOn: '2018-08-15' }))
      .then([reaccepted]);
    const state = [...history, reaccepted].reduce(evolvePilotUnit, initialPilotUnitState());
    expect(state.openRectification).toBeNull();
    expect(state.acceptances.filter((acceptance) => acceptance.stage === 'province')).toHaveLength(2);
  });

  it('a re-acceptance cannot be dated before the rectification request', () => {
    const events = pilotEvents();
    given([...pilotStory('reported'), events.provinceFailed, events.provinceRectification])
      .when(accept({ conductedOn: '2018-07-25' }))
      .thenThrows('DATES_OUT_OF_ORDER', {
        mustNotBeBefore: { field: 'rectification requestedOn', date: '2018-07-26' },
      });
  });

  it('an acceptance cannot be dated before the pilot report', () => {
    given(pilotStory('reported'))
      .when(accept({ conductedOn: '2018-07-01' }))
      .thenThrows('DATES_OUT_OF_ORDER');
  });

  it('a province-administered county has no prefecture acceptance', () => {
    given([
      {
        type: 'PilotUnitRegistered',
        data: { unit: SUIFENHE, pilotLevel: 'provincial', registeredOn: '2017-08-09' },
      },
    ])
      .when(accept({ stage: 'prefecture' }, SUIFENHE))
      .by(provinceAdmin())
      .thenThrows('PREFECTURE_STAGE_NOT_APPLICABLE', { reportsTo: PROVINCE });
  });

  it('only the prefecture a county reports to accepts it at the prefecture stage', () => {
    given(pilotStory('selfAssessed'))
      .when(accept({ stage: 'prefecture', conductedOn: '2018-06-28' }))
      .by(prefectureAdmin(JIXI))
      .thenThrows('TENANT_FORBIDDEN', { allowed: [HARBIN] });
  });

  it('the province stage is not the prefecture’s to conduct', () => {
    given(pilotStory('reported')).when(accept()).by(prefectureAdmin(HARBIN)).thenThrows('ROLE_FORBIDDEN');
  });

  it('a county cannot accept its own pilot', () => {
    given(pilotStory('reported')).when(accept()).by(countyAdmin(DAOLI)).thenThrows('ROLE_FORBIDDEN');
  });
});
