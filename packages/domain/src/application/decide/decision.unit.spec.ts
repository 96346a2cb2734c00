import { describe, expect, it } from 'vitest';
import { officialWorkingDayCalendar as calendar } from '../../calendar';
import { applicationClock } from '../clock';
import type { ApplicationEvent } from '../events';
import { decisionResults, groundsOf } from '../outcomes';
import type { DecisionResult } from '../outcomes';
import {
  applicationCommand,
  correctionReceived,
  correctionRequested,
  decided,
  feeNotified,
  foldApplication,
  given,
  received,
} from '../testing';

const decide = (decidedOn: string, result: string, ground?: string) =>
  applicationCommand('DecideApplication', {
    decidedOn,
    result,
    ...(ground === undefined ? {} : { ground }),
  } as never);

/** The history each ground needs before it can be answered (most need only the application). */
const historyFor = (ground: string | undefined): ApplicationEvent[] => {
  if (ground === 'no-correction')
    return [received('2021-03-01'), correctionRequested('2021-03-02', '2021-03-16')];
  if (ground === 'unclear-after-correction') {
    return [
      received('2021-03-01'),
      correctionRequested('2021-03-02', '2021-03-16'),
      correctionReceived('2021-03-10'),
    ];
  }
  if (ground === 'fee-not-paid') return [received('2021-03-01'), feeNotified('2021-03-02', '2021-03-30')];
  return [received('2021-03-01')];
};

const everyDecision = decisionResults.flatMap(
  (result): { result: DecisionResult; ground: string | undefined }[] => {
    const grounds = groundsOf(result);
    return grounds.length === 0
      ? [{ result, ground: undefined }]
      : grounds.map((ground) => ({ result, ground }));
  },
);

describe('DecideApplication', () => {
  it('covers exactly the annual report’s 2021 rows: 2 results without grounds and 19 grounds', () => {
    expect(everyDecision).toHaveLength(21);
  });

  it.each(everyDecision)('every decision type ends the clock: $result / $ground', ({ result, ground }) => {
    const history = historyFor(ground);
    const events = given(history)
      .when(decide('2021-04-06', result, ground))
      .decide();
    expect(events).toEqual([decided('2021-04-06', { result, ground: ground ?? null })]);
    const clock = applicationClock(foldApplication([...history, ...events]), '2021-12-31', calendar);
    expect(clock).toMatchObject({ status: 'decided', decidedOn: '2021-04-06', pausedFor: null });
  });

  it('a ground that does not belong to the result is refused, listing the ones that do', () => {
    given([received('2021-03-01')])
      .when(decide('2021-03-05', 'not-disclosed', 'not-held'))
      .thenThrows('DECISION_GROUND_INVALID', { result: 'not-disclosed', ground: 'not-held' });
  });

  it('a result with grounds needs one', () => {
    given([received('2021-03-01')])
      .when(decide('2021-03-05', 'cannot-provide'))
      .thenThrows('DECISION_GROUND_INVALID', { ground: null });
  });

  it('disclosed takes no ground, and may say where it was already proactively disclosed', () => {
    given([received('2021-03-01')])
      .when(decide('2021-03-05', 'disclosed', 'not-held'))
      .thenThrows('DECISION_GROUND_INVALID', { allowed: [] });
    given([received('2021-03-01')])
      .when(
        applicationCommand('DecideApplication', {
          decidedOn: '2021-03-05',
          result: 'disclosed',
          proactivelyDisclosedAt: 'http://www.hrbdl.gov.cn/xxgk/123',
        }),
      )
      .then([decided('2021-03-05', { proactivelyDisclosedAt: 'http://www.hrbdl.gov.cn/xxgk/123' })]);
  });

  it('an application is answered once', () => {
    given([received('2021-03-01'), decided('2021-03-05')])
      .when(decide('2021-03-08', 'disclosed'))
      .thenThrows('APPLICATION_ALREADY_DECIDED', { decidedOn: '2021-03-05' });
  });

  it('no answer while the applicant’s correction is awaited, but "no correction" once its period has passed', () => {
    const history = [received('2021-03-01'), correctionRequested('2021-03-02', '2021-03-16')];
    given(history)
      .when(decide('2021-03-10', 'disclosed'))
      .thenThrows('CORRECTION_PENDING', { correctBy: '2021-03-16' });
    given(history)
      .when(decide('2021-03-16', 'other', 'no-correction'))
      .thenThrows('CORRECTION_NOT_OVERDUE');
  });

  it('"no correction" needs a correction request; "unclear after correction" needs the corrected application', () => {
    given([received('2021-03-01')])
      .when(decide('2021-03-20', 'other', 'no-correction'))
      .thenThrows('CORRECTION_NOT_REQUESTED');
    given([received('2021-03-01')])
      .when(decide('2021-03-20', 'cannot-provide', 'unclear-after-correction'))
      .thenThrows('CORRECTION_NOT_REQUESTED');
  });

  it('an answer cannot be dated before the application was received', () => {
    given([received('2021-03-01')])
      .when(decide('2021-02-26', 'disclosed'))
      .thenThrows('DATES_OUT_OF_ORDER');
  });

  it('no step is taken on an application that was never received', () => {
    given().when(decide('2021-03-05', 'disclosed')).thenThrows('APPLICATION_NOT_RECEIVED');
  });
});
