import { describe, expect, it } from 'vitest';
import { officialWorkingDayCalendar as calendar } from '../calendar';
import { applicationClock } from './clock';
import {
  consulted,
  correctionReceived,
  correctionRequested,
  decided,
  extended,
  feeNotified,
  foldApplication,
  received,
  replied,
} from './testing';
import type { ApplicationEvent } from './events';

const clock = (events: readonly ApplicationEvent[], asOf: string) =>
  applicationClock(foldApplication(events), asOf, calendar);

describe('the statutory clock of an application', () => {
  it('runs 20 working days under the 2019 regulation, across the 2020 National Day holiday and both make-up Saturdays/Sundays', () => {
    // 2020-09-27 (Sun) and 2020-10-10 (Sat) are make-up working days; 10-01..10-08 is a holiday.
    expect(clock([received('2020-09-21')], '2020-09-30')).toMatchObject({
      status: 'running',
      regulation: 'ogi-2019',
      allowedWorkingDays: 20,
      usedWorkingDays: 8,
      dueOn: '2020-10-23',
      dueBy: 'regulation',
    });
  });

  it('runs 15 working days for an application received on 2019-05-14, the last day of the 2007 regulation', () => {
    expect(clock([received('2019-05-14')], '2019-05-20')).toMatchObject({
      regulation: 'ogi-2007',
      allowedWorkingDays: 15,
      dueOn: '2019-06-04',
    });
  });

  it('runs 20 working days for one received on 2019-05-15, the first day of the revision (the Dragon Boat holiday 06-07 skipped)', () => {
    expect(clock([received('2019-05-15')], '2019-05-20')).toMatchObject({
      regulation: 'ogi-2019',
      allowedWorkingDays: 20,
      dueOn: '2019-06-13',
    });
  });

  it('says how many working days an unanswered application is overdue', () => {
    expect(clock([received('2020-09-21')], '2020-10-28')).toMatchObject({
      status: 'overdue',
      dueOn: '2020-10-23',
      overdueByWorkingDays: 3,
    });
  });

  it('is overdue the day after the due date even when that day is a weekend', () => {
    expect(clock([received('2020-09-21')], '2020-10-24')).toMatchObject({
      status: 'overdue',
      overdueByWorkingDays: 0,
    });
  });

  it('adds the extension to the period from the day it is granted, and not before (time travel)', () => {
    const events = [received('2019-05-15'), extended('2019-06-10', 20)];
    expect(clock(events, '2019-06-05')).toMatchObject({ dueOn: '2019-06-13', dueBy: 'regulation' });
    expect(clock(events, '2019-06-14')).toMatchObject({
      status: 'running',
      allowedWorkingDays: 40,
      dueOn: '2019-07-11',
      dueBy: 'extension',
    });
  });

  it('is paused while a third party is consulted, and the consultation’s working days do not count', () => {
    const events = [received('2020-09-21'), consulted('2020-09-25', '2020-10-22'), replied('2020-10-13')];
    expect(clock(events, '2020-10-09')).toMatchObject({
      status: 'paused',
      pausedFor: 'consultation',
      dueOn: null,
      usedWorkingDays: 4,
    });
    // (09-25, 10-13] holds 8 working days (09-27 and 10-10 are make-up days): the due date moves by 8.
    expect(clock(events, '2020-10-14')).toMatchObject({
      status: 'running',
      usedWorkingDays: 5,
      dueOn: '2020-11-04',
    });
  });

  it('ends the consultation pause when the third party’s 15 working days run out unanswered', () => {
    const events = [received('2020-09-21'), consulted('2020-09-25', '2020-10-22')];
    expect(clock(events, '2020-10-23')).toMatchObject({ status: 'running' });
    expect(clock(events, '2020-10-21')).toMatchObject({ status: 'paused' });
  });

  it('waits for the correction, then starts the period again from the corrected application', () => {
    const events = [
      received('2020-09-21'),
      correctionRequested('2020-09-24', '2020-10-16'),
      correctionReceived('2020-10-12'),
    ];
    expect(clock(events, '2020-10-05')).toMatchObject({ status: 'awaiting-correction', dueOn: null });
    expect(clock(events, '2020-10-12')).toMatchObject({
      status: 'running',
      startedOn: '2020-10-12',
      usedWorkingDays: 0,
      dueOn: '2020-11-09',
    });
  });

  it('is paused from a fee notice to its payment (国办函〔2020〕109号)', () => {
    const events: ApplicationEvent[] = [
      received('2021-02-01'),
      feeNotified('2021-02-03', '2021-03-08'),
      {
        type: 'ProcessingFeePaid',
        data: { applicationId: 'A-2020-0001', paidOn: '2021-02-22', amountYuan: 100 },
      },
    ];
    expect(clock(events, '2021-02-10')).toMatchObject({ status: 'paused', pausedFor: 'fee' });
    // (02-03, 02-22] holds 10 working days (the Spring Festival 02-11..02-17; 02-07 and 02-20 worked).
    expect(clock(events, '2021-02-23')).toMatchObject({
      status: 'running',
      dueOn: calendar.addWorkingDays('2021-02-01', 30),
    });
  });

  it('ends with the answer: decided, on time or late by so many working days', () => {
    expect(clock([received('2020-09-21'), decided('2020-10-20')], '2021-01-01')).toMatchObject({
      status: 'decided',
      decidedOn: '2020-10-20',
      usedWorkingDays: 17,
      onTime: true,
      overdueByWorkingDays: 0,
    });
    expect(clock([received('2020-09-21'), decided('2020-10-27')], '2021-01-01')).toMatchObject({
      onTime: false,
      overdueByWorkingDays: 2,
    });
  });

  it('shows the clock as it stood before the answer when asked as of an earlier date', () => {
    expect(clock([received('2020-09-21'), decided('2020-10-27')], '2020-10-26')).toMatchObject({
      status: 'overdue',
      overdueByWorkingDays: 1,
    });
  });

  it('has not started before the application is received', () => {
    expect(clock([received('2020-09-21')], '2020-09-20')).toMatchObject({
      status: 'not-received',
      dueOn: null,
    });
  });

  it('stays overdue when a consultation begins after the deadline has passed', () => {
    const events = [received('2020-09-21'), consulted('2020-10-27', '2020-11-17')];
    expect(clock(events, '2020-10-29')).toMatchObject({
      status: 'overdue',
      dueOn: '2020-10-23',
      overdueByWorkingDays: 4,
    });
  });

  it('an answer on the due date is on time', () => {
    expect(clock([received('2020-09-21'), decided('2020-10-23')], '2020-12-31')).toMatchObject({
      onTime: true,
      usedWorkingDays: 20,
    });
  });

  it('keeps the 2007 regulation for an application received before 2019-05-15 and corrected after it', () => {
    const events = [
      received('2019-05-10'),
      correctionRequested('2019-05-13', '2019-05-31'),
      correctionReceived('2019-05-20'),
    ];
    expect(clock(events, '2019-05-21')).toMatchObject({
      regulation: 'ogi-2007',
      startedOn: '2019-05-20',
      allowedWorkingDays: 15,
    });
  });
});
