import { describe, expect, it } from 'vitest';
import {
  applicationCommand,
  correctionReceived,
  correctionRequested,
  decided,
  given,
  received,
} from '../testing';

const request = (requestedOn: string, correctBy = '2020-10-30') =>
  applicationCommand('RequestCorrection', { requestedOn, correctBy });

describe('RequestCorrection and ReceiveCorrection', () => {
  it('a correction is requested within 7 working days of receipt (the 7th is 2020-09-29, 09-27 being a make-up Sunday)', () => {
    given([received('2020-09-21')])
      .when(request('2020-09-29'))
      .then([correctionRequested('2020-09-29', '2020-10-30')]);
  });

  it('a correction requested on the 8th working day is refused', () => {
    given([received('2020-09-21')])
      .when(request('2020-09-30'))
      .thenThrows('CORRECTION_WINDOW_PASSED', { lastDay: '2020-09-29' });
  });

  it('a second correction request is refused: correction is requested once', () => {
    given([
      received('2020-09-21'),
      correctionRequested('2020-09-22', '2020-10-30'),
      correctionReceived('2020-10-12'),
    ])
      .when(request('2020-10-13'))
      .thenThrows('CORRECTION_ALREADY_REQUESTED', { requestedOn: '2020-09-22' });
  });

  it('under the 2007 regulation there is no 7-day window, but the request must come within the answer period', () => {
    given([received('2018-03-05')])
      .when(request('2018-03-20'))
      .then([correctionRequested('2018-03-20', '2020-10-30')]);
    given([received('2018-03-05')])
      .when(request('2018-03-28'))
      .thenThrows('CORRECTION_WINDOW_PASSED', { lastDay: '2018-03-26' });
  });

  it('the corrected application restarts the clock', () => {
    const events = given([received('2020-09-21'), correctionRequested('2020-09-22', '2020-10-30')])
      .when(applicationCommand('ReceiveCorrection', { receivedOn: '2020-10-12' }))
      .decide();
    expect(events).toEqual([correctionReceived('2020-10-12')]);
  });

  it('a corrected application without a request is refused', () => {
    given([received('2020-09-21')])
      .when(applicationCommand('ReceiveCorrection', { receivedOn: '2020-10-12' }))
      .thenThrows('CORRECTION_NOT_REQUESTED');
  });

  it('no correction is requested of an answered application', () => {
    given([received('2020-09-21'), decided('2020-09-23')])
      .when(request('2020-09-24'))
      .thenThrows('APPLICATION_ALREADY_DECIDED');
  });

  it('the correction deadline cannot come before the request', () => {
    given([received('2020-09-21')])
      .when(request('2020-09-24', '2020-09-23'))
      .thenThrows('DATES_OUT_OF_ORDER');
  });
});
