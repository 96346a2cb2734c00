import { describe, it } from 'vitest';
import { applicationCommand, extended, given, received } from '../testing';

const extend = (extendedOn: string, workingDays: number) =>
  applicationCommand('ExtendDeadline', { extendedOn, workingDays, approvedByOfficeHead: true });

describe('ExtendDeadline', () => {
  it('the 2019 regulation allows one extension of up to 20 working days', () => {
    given([received('2019-05-15')])
      .when(extend('2019-06-10', 20))
      .then([extended('2019-06-10', 20)]);
  });

  it('an extension past its limit is refused: 21 working days under the 2019 regulation', () => {
    given([received('2019-05-15')])
      .when(extend('2019-06-10', 21))
      .thenThrows('EXTENSION_TOO_LONG', { maxWorkingDays: 20, regulation: 'ogi-2019' });
  });

  it('an extension past its limit is refused: 16 working days under the 2007 regulation', () => {
    given([received('2019-05-14')])
      .when(extend('2019-05-30', 16))
      .thenThrows('EXTENSION_TOO_LONG', { maxWorkingDays: 15, regulation: 'ogi-2007' });
  });

  it('the deadline is extended once', () => {
    given([received('2019-05-15'), extended('2019-06-10', 10)])
      .when(extend('2019-06-20', 10))
      .thenThrows('EXTENSION_ALREADY_GRANTED');
  });

  it('an extension after the deadline has passed is refused', () => {
    given([received('2019-05-15')])
      .when(extend('2019-06-14', 20))
      .thenThrows('EXTENSION_AFTER_DEADLINE', { dueOn: '2019-06-13' });
  });

  it('the head of the disclosure office must have approved it', () => {
    given([received('2019-05-15')])
      .when(
        applicationCommand('ExtendDeadline', {
          extendedOn: '2019-06-10',
          workingDays: 20,
          approvedByOfficeHead: false,
        } as never),
      )
      .thenThrows('INVALID_COMMAND');
  });
});
