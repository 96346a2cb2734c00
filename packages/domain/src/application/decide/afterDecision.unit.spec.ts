import { describe, it } from 'vitest';
import type { ApplicationEvent } from '../events';
import { applicationCommand, decided, given, received } from '../testing';

const filed = (
  caseId: string,
  kind: 'review' | 'suit-without-review' | 'suit-after-review',
  filedOn: string,
): ApplicationEvent => ({
  type: 'ReviewOrSuitFiled',
  data: { applicationId: 'A-2020-0001', caseId, kind, filedOn, personal: null },
});
const concluded = (
  caseId: string,
  concludedOn: string,
  outcome: 'upheld' | 'corrected' | 'other',
): ApplicationEvent => ({
  type: 'ReviewOrSuitConcluded',
  data: { applicationId: 'A-2020-0001', caseId, concludedOn, outcome },
});
const file = (
  caseId: string,
  kind: 'review' | 'suit-without-review' | 'suit-after-review',
  filedOn: string,
) => applicationCommand('FileReviewOrSuit', { caseId, kind, filedOn });

describe('delivery, review and litigation', () => {
  it('a posted answer is delivered on the applicant’s sign-for date', () => {
    given([received('2020-09-21'), decided('2020-10-20')])
      .when(applicationCommand('RecordDelivery', { deliveredOn: '2020-10-23', method: 'post' }))
      .then([
        {
          type: 'DecisionDelivered',
          data: { applicationId: 'A-2020-0001', deliveredOn: '2020-10-23', method: 'post' },
        },
      ]);
  });

  it('nothing is delivered before the answer', () => {
    given([received('2020-09-21')])
      .when(applicationCommand('RecordDelivery', { deliveredOn: '2020-10-23', method: 'post' }))
      .thenThrows('DECISION_NOT_MADE');
  });

  it('an administrative review is filed against the answer, and ends corrected', () => {
    const history = [
      received('2020-09-21'),
      decided('2020-10-20', { result: 'not-disclosed', ground: 'process-information' }),
    ];
    given(history)
      .when(file('R1', 'review', '2020-11-30'))
      .then([filed('R1', 'review', '2020-11-30')]);
    given([...history, filed('R1', 'review', '2020-11-30')])
      .when(
        applicationCommand('ConcludeReviewOrSuit', {
          caseId: 'R1',
          concludedOn: '2021-01-28',
          outcome: 'corrected',
        }),
      )
      .then([concluded('R1', '2021-01-28', 'corrected')]);
  });

  it('a lawsuit may be brought against a missed deadline, but not before the deadline passes', () => {
    given([received('2020-09-21')])
      .when(file('S1', 'suit-without-review', '2020-10-28'))
      .then([filed('S1', 'suit-without-review', '2020-10-28')]);
    given([received('2020-09-21')])
      .when(file('S1', 'suit-without-review', '2020-10-20'))
      .thenThrows('NOTHING_TO_CHALLENGE', { dueOn: '2020-10-23' });
  });

  it('a suit after review needs the review concluded', () => {
    const history = [received('2020-09-21'), decided('2020-10-20'), filed('R1', 'review', '2020-11-30')];
    given(history)
      .when(file('S1', 'suit-after-review', '2020-12-10'))
      .thenThrows('REVIEW_NOT_CONCLUDED');
    given([...history, concluded('R1', '2021-01-28', 'upheld')])
      .when(file('S1', 'suit-after-review', '2021-02-05'))
      .decide();
  });

  it('a case is concluded once, and only a known one', () => {
    const history = [
      received('2020-09-21'),
      decided('2020-10-20'),
      filed('R1', 'review', '2020-11-30'),
      concluded('R1', '2021-01-28', 'upheld'),
    ];
    given(history)
      .when(
        applicationCommand('ConcludeReviewOrSuit', {
          caseId: 'R1',
          concludedOn: '2021-02-01',
          outcome: 'other',
        }),
      )
      .thenThrows('CASE_ALREADY_CONCLUDED');
    given(history)
      .when(
        applicationCommand('ConcludeReviewOrSuit', {
          caseId: 'R2',
          concludedOn: '2021-02-01',
          outcome: 'other',
        }),
      )
      .thenThrows('CASE_UNKNOWN');
    given(history)
      .when(file('R1', 'review', '2021-02-01'))
      .thenThrows('CASE_ALREADY_RECORDED');
  });
});
