import { describe, expect, it } from 'vitest';
import { informationProcessingFee } from '../fees';
import { applicationCommand, feeNotified, given, received } from '../testing';

const notify = (notifiedOn: string, method: 'per-request' | 'per-page', units: number) =>
  applicationCommand('NotifyFee', { notifiedOn, method, units });

describe('the information processing fee (国办函〔2020〕109号)', () => {
  it('per request: the first 10 of a month are free, the 11th–30th ¥100, then ¥100 more per band of 10', () => {
    expect([10, 11, 30, 31, 40, 41, 50, 51].map((n) => informationProcessingFee('per-request', n))).toEqual([
      0, 100, 100, 200, 200, 300, 300, 400,
    ]);
  });

  it('per page, progressively: 30 free, 31–100 ¥10, 101–200 ¥20, beyond ¥40', () => {
    expect([30, 31, 100, 150, 200, 201].map((n) => informationProcessingFee('per-page', n))).toEqual([
      0, 10, 700, 1700, 2700, 2740,
    ]);
  });

  it('is notified with its amount and the day payment is due (20 working days)', () => {
    given([received('2021-02-01')])
      .when(notify('2021-02-03', 'per-request', 11))
      .then([feeNotified('2021-02-03', '2021-03-08')]);
  });

  it('is not charged on an application received before 2021', () => {
    given([received('2020-12-30')])
      .when(notify('2021-01-05', 'per-request', 15))
      .thenThrows('FEE_NOT_APPLICABLE', { appliesFrom: '2021-01-01' });
  });

  it('a notice of no fee is refused', () => {
    given([received('2021-02-01')])
      .when(notify('2021-02-03', 'per-page', 30))
      .thenThrows('NO_FEE_DUE');
  });

  it('an answer while the fee is unpaid is refused', () => {
    given([received('2021-02-01'), feeNotified('2021-02-03', '2021-03-08')])
      .when(applicationCommand('DecideApplication', { decidedOn: '2021-02-10', result: 'disclosed' }))
      .thenThrows('FEE_UNPAID', { payBy: '2021-03-08' });
  });

  it('non-payment closes the application as "other" only after the payment period', () => {
    const history = [received('2021-02-01'), feeNotified('2021-02-03', '2021-03-08')];
    const close = (decidedOn: string) =>
      applicationCommand('DecideApplication', { decidedOn, result: 'other', ground: 'fee-not-paid' });
    given(history).when(close('2021-03-08')).thenThrows('FEE_NOT_OVERDUE');
    given(history).when(close('2021-03-09')).decide();
  });

  it('a payment is recorded once, with the notified amount', () => {
    const paid = given([received('2021-02-01'), feeNotified('2021-02-03', '2021-03-08')])
      .when(applicationCommand('RecordFeePayment', { paidOn: '2021-02-22' }))
      .decide();
    expect(paid).toEqual([
      {
        type: 'ProcessingFeePaid',
        data: { applicationId: 'A-2020-0001', paidOn: '2021-02-22', amountYuan: 100 },
      },
    ]);
    given([received('2021-02-01'), feeNotified('2021-02-03', '2021-03-08'), ...paid])
      .when(applicationCommand('RecordFeePayment', { paidOn: '2021-02-23' }))
      .thenThrows('FEE_ALREADY_PAID');
  });
});
