import { describe, it } from 'vitest';
import type { CommandOf } from '../../testing';
import {
  command,
  DAOLI,
  given,
  HARBIN,
  JIXI,
  pilotStory,
  prefectureAdmin,
  publicVisitor,
} from '../../testing';

type RecordPilotFeedback = CommandOf<'RecordPilotFeedback'>['data'];

const feedback = (overrides: Partial<RecordPilotFeedback> = {}) =>
  command('RecordPilotFeedback', {
    tenant: DAOLI,
    feedbackId: 'pf-001',
    kind: 'social-evaluation',
    evaluator: '公众（试点工作专题）',
    satisfaction: 5,
    sampleSize: 1,
    comment: '办事指南清楚',
    recordedOn: '2018-05-20',
    ...overrides,
  });

const recorded = (overrides: Record<string, unknown> = {}) => ({
  type: 'PilotFeedbackRecorded' as const,
  data: {
    unit: DAOLI,
    feedbackId: 'pf-001',
    kind: 'social-evaluation' as const,
    evaluator: '公众（试点工作专题）',
    satisfaction: 5,
    sampleSize: 1,
    comment: '办事指南清楚',
    recordedOn: '2018-05-20',
    ...overrides,
  },
});

describe('RecordPilotFeedback', () => {
  it('a member of the public evaluates the pilot on its special-topic home', () => {
    given(pilotStory('planFiled')).when(feedback()).by(publicVisitor(DAOLI)).then([recorded()]);
  });

  it('the county records a survey result without a comment', () => {
    given(pilotStory('planFiled'))
      .when(feedback({ comment: undefined, sampleSize: 120, satisfaction: 4.2 }))
      .then([recorded({ comment: null, sampleSize: 120, satisfaction: 4.2 })]);
  });

  it('the public keeps evaluating after the pilot is completed', () => {
    given(pilotStory('completed'))
      .when(feedback({ recordedOn: '2018-09-01' }))
      .by(publicVisitor(DAOLI))
      .then([recorded({ recordedOn: '2018-09-01' })]);
  });

  it('the county’s prefecture may record it too, a prefecture elsewhere may not', () => {
    given(pilotStory('planFiled')).when(feedback()).by(prefectureAdmin(HARBIN)).then([recorded()]);
    given(pilotStory('planFiled')).when(feedback()).by(prefectureAdmin(JIXI)).thenThrows('TENANT_FORBIDDEN');
  });

  it('a unit that is not a registered pilot has no pilot to evaluate', () => {
    given([]).when(feedback()).thenThrows('PILOT_NOT_REGISTERED');
  });

  it('satisfaction outside 1–5 is rejected', () => {
    given(pilotStory('planFiled'))
      .when(feedback({ satisfaction: 0 }))
      .thenThrows('SATISFACTION_OUT_OF_RANGE', { satisfaction: 0 });
  });

  it('feedback cannot be dated before the pilot was registered', () => {
    given(pilotStory('planFiled'))
      .when(feedback({ recordedOn: '2017-01-01' }))
      .thenThrows('DATES_OUT_OF_ORDER');
  });

  it('a feedback id is used once per pilot', () => {
    given([...pilotStory('planFiled'), recorded()])
      .when(feedback())
      .thenThrows('PILOT_FEEDBACK_ALREADY_RECORDED', { unit: DAOLI, feedbackId: 'pf-001' });
  });
});
