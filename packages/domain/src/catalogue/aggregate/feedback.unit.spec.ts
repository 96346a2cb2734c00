import { describe, it } from 'vitest';
import {
  command,
  DAOLI,
  given,
  ITEM_ID,
  itemEvents,
  JIXI,
  prefectureAdmin,
  provinceAdmin,
  publishedItem,
  HARBIN,
} from '../../testing';
import type { CommandOf } from '../../testing';

type RecordPublicFeedback = CommandOf<'RecordPublicFeedback'>['data'];

const feedback = (overrides: Partial<RecordPublicFeedback> = {}) =>
  command('RecordPublicFeedback', {
    tenant: DAOLI,
    itemId: ITEM_ID,
    feedbackId: 'f-2018-001',
    kind: 'social-evaluation',
    evaluator: '道里区政务公开办网上问卷',
    satisfaction: 4.6,
    sampleSize: 320,
    recordedOn: '2018-05-20',
    ...overrides,
  });

const recorded = (overrides: Record<string, unknown> = {}) => ({
  type: 'PublicFeedbackRecorded' as const,
  data: {
    itemId: ITEM_ID,
    feedbackId: 'f-2018-001',
    kind: 'social-evaluation' as const,
    evaluator: '道里区政务公开办网上问卷',
    satisfaction: 4.6,
    sampleSize: 320,
    comment: null,
    recordedOn: '2018-05-20',
    ...overrides,
  },
});

describe('RecordPublicFeedback', () => {
  it('a county records the result of a social evaluation', () => {
    given(publishedItem()).when(feedback()).then([recorded()]);
  });

  it('the province records a third-party assessment of a county item', () => {
    given(publishedItem())
      .when(
        feedback({
          kind: 'third-party-assessment',
          evaluator: '黑龙江省社会科学院',
          sampleSize: undefined,
          comment: '标准清晰',
        }),
      )
      .by(provinceAdmin())
      .then([
        recorded({
          kind: 'third-party-assessment',
          evaluator: '黑龙江省社会科学院',
          sampleSize: null,
          comment: '标准清晰',
        }),
      ]);
  });

  it('the county’s prefecture may record feedback too', () => {
    given(publishedItem()).when(feedback()).by(prefectureAdmin(HARBIN)).then([recorded()]);
  });

  it('a prefecture outside the county’s reporting line cannot record its feedback', () => {
    given(publishedItem()).when(feedback()).by(prefectureAdmin(JIXI)).thenThrows('TENANT_FORBIDDEN');
  });

  it('satisfaction above 5 is rejected', () => {
    given(publishedItem())
      .when(feedback({ satisfaction: 6 }))
      .thenThrows('SATISFACTION_OUT_OF_RANGE', { satisfaction: 6 });
  });

  it('satisfaction below 1 is rejected', () => {
    given(publishedItem())
      .when(feedback({ satisfaction: 0.5 }))
      .thenThrows('SATISFACTION_OUT_OF_RANGE');
  });

  it('feedback cannot be dated before the item was published', () => {
    given(publishedItem())
      .when(feedback({ recordedOn: '2017-09-01' }))
      .thenThrows('DATES_OUT_OF_ORDER');
  });

  it('feedback on an unpublished item is rejected', () => {
    given([itemEvents().drafted]).when(feedback()).thenThrows('ITEM_NOT_PUBLISHED');
  });

  it('feedback on a retired item is rejected', () => {
    given([...publishedItem(), itemEvents().retired])
      .when(feedback())
      .thenThrows('ITEM_RETIRED');
  });

  it('a feedback id is used once per item', () => {
    given([...publishedItem(), recorded()])
      .when(feedback())
      .thenThrows('RECORD_ALREADY_EXISTS');
  });
});
