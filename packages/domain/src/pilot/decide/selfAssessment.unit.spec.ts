import { describe, it } from 'vitest';
import { DAOLI, given, pilotEvents, pilotStory, command } from '../../testing';

const assessment = (overrides: Partial<Record<'practices' | 'difficulties' | 'submittedOn', string>> = {}) =>
  command('SubmitSelfAssessment', {
    tenant: DAOLI,
    practices: '梳理公开事项目录，编制公开标准',
    results: '两个领域事项标准全部发布',
    difficulties: '乡镇人员少、经费不足',
    suggestions: '统一全省目录模板',
    submittedOn: '2018-06-15',
    ...overrides,
  });

describe('SubmitSelfAssessment', () => {
  it('a county submits its self-assessment: practices, results, difficulties, suggestions', () => {
    given(pilotStory('planFiled')).when(assessment()).then([pilotEvents().selfAssessed]);
  });

  it('the self-assessment comes after the implementation plan', () => {
    given(pilotStory('areasAssigned')).when(assessment()).thenThrows('IMPLEMENTATION_PLAN_MISSING');
  });

  it('every chapter of the self-assessment must say something', () => {
    given(pilotStory('planFiled'))
      .when(assessment({ difficulties: '   ' }))
      .thenThrows('SELF_ASSESSMENT_INCOMPLETE', { missing: ['difficulties'] });
  });

  it('the self-assessment cannot change after the pilot report', () => {
    given(pilotStory('reported'))
      .when(assessment({ submittedOn: '2018-07-08' }))
      .thenThrows('PILOT_REPORT_ALREADY_SUBMITTED');
  });

  it('a rectification request reopens the self-assessment', () => {
    const events = pilotEvents();
    given([...pilotStory('reported'), events.provinceFailed, events.provinceRectification])
      .when(assessment({ submittedOn: '2018-08-05' }))
      .then([
        { type: 'SelfAssessmentSubmitted', data: { ...events.selfAssessed.data, submittedOn: '2018-08-05' } },
      ]);
  });

  it('a self-assessment cannot be dated before the plan', () => {
    given(pilotStory('planFiled'))
      .when(assessment({ submittedOn: '2017-09-01' }))
      .thenThrows('DATES_OUT_OF_ORDER');
  });
});
