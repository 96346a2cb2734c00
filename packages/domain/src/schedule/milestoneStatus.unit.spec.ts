import { describe, expect, test } from 'vitest';

import { heilongjiangMilestones as milestones } from './heilongjiang';
import { milestonesFor, overdueMilestones } from './milestoneStatus';
import type { MilestoneCompletion, UnitMilestones } from './types';

const HARBIN = '230100';
const DAOLI = '230102';
const SUIFENHE = '231081';
const PROVINCE = '230000';

const ids = (statuses: UnitMilestones['all']) => statuses.map((status) => status.milestone.id);
const statusOf = (report: UnitMilestones, id: string) =>
  report.all.find((status) => status.milestone.id === id);
const standing = (unit: string, asOf: string, completions: MilestoneCompletion[] = []) =>
  overdueMilestones({ milestones, unit, completions, asOf });

describe('which milestones a unit answers for', () => {
  test('绥芬河市 files its own implementation plan and reports its own provincial pilot, as a province-directly-administered city', () => {
    expect(milestonesFor(milestones, SUIFENHE).map((m) => m.id)).toEqual(['M-03', 'O-07-P', 'M-11', 'M-12']);
  });

  test('道里区, a national pilot, answers for its self-assessment and for completing the national tasks', () => {
    expect(milestonesFor(milestones, DAOLI).map((m) => m.id)).toEqual(['O-07-N', 'M-05']);
  });

  test('哈尔滨市 files its plan, reports on its national pilot after acceptance, and sees the national tasks through', () => {
    expect(milestonesFor(milestones, HARBIN).map((m) => m.id)).toEqual(['M-03', 'M-07', 'M-05']);
  });

  test('the province files with the State Council, accepts both levels of pilots and sends the overall report', () => {
    expect(milestonesFor(milestones, PROVINCE).map((m) => m.id)).toEqual([
      'M-02',
      'M-08',
      'M-09',
      'M-13',
      'M-14',
    ]);
  });
});

describe('where a unit stands as of a date', () => {
  // 哈尔滨市's own plan (a prefecture files it on its programme stream).
  const planFiled: MilestoneCompletion = { eventType: 'ProgrammePlanFiled', on: '2017-09-28' };

  test('哈尔滨市 on 2018-07-15, plan filed but no pilot report yet: the report is 5 days overdue, the tasks still pending', () => {
    const report = standing(HARBIN, '2018-07-15', [planFiled]);
    expect(ids(report.completed)).toEqual(['M-03']);
    expect(ids(report.overdue)).toEqual(['M-07']);
    expect(statusOf(report, 'M-07')?.daysLate).toBe(5);
    expect(ids(report.pending)).toEqual(['M-05']);
  });

  test('哈尔滨市 on 2018-09-01, report sent 2018-07-12: completed 2 days late; the tasks, never marked complete, are overdue', () => {
    const report = standing(HARBIN, '2018-09-01', [
      planFiled,
      { eventType: 'PilotReportSubmitted', on: '2018-07-12' },
    ]);
    expect(ids(report.completedLate)).toEqual(['M-07']);
    expect(statusOf(report, 'M-07')).toMatchObject({
      state: 'completed-late',
      completedOn: '2018-07-12',
      daysLate: 2,
    });
    expect(ids(report.completed)).toEqual(['M-03', 'M-07']);
    expect(ids(report.overdue)).toEqual(['M-05']);
  });

  test('looking back to 2017-09-01, a plan filed later that month does not count yet', () => {
    expect(ids(standing(HARBIN, '2017-09-01', [planFiled]).pending)).toEqual(['M-03', 'M-07', 'M-05']);
  });

  test('on the due date itself a milestone is pending, not overdue, and completing it that day is on time', () => {
    expect(statusOf(standing(SUIFENHE, '2017-09-30'), 'M-03')?.state).toBe('pending');
    expect(statusOf(standing(SUIFENHE, '2017-10-01'), 'M-03')?.state).toBe('overdue');
    const onTheDay = standing(SUIFENHE, '2017-10-10', [
      { eventType: 'ImplementationPlanFiled', on: '2017-09-30' },
    ]);
    expect(statusOf(onTheDay, 'M-03')).toMatchObject({ state: 'completed', daysLate: 0 });
  });

  test('the province accepting national pilots in July completes M-08 but not the October acceptance of provincial pilots', () => {
    const report = standing(PROVINCE, '2018-11-01', [
      { eventType: 'AcceptanceConducted', on: '2018-07-25', pilotLevel: 'national' },
    ]);
    expect(statusOf(report, 'M-08')?.state).toBe('completed');
    expect(statusOf(report, 'M-13')?.state).toBe('overdue');
  });

  test('the summary of provincial experience is overdue until the province summarises, and late when it does in 2019', () => {
    expect(statusOf(standing(PROVINCE, '2019-03-01'), 'M-14')).toMatchObject({
      state: 'overdue',
      daysLate: 60,
    });
    const summarised = standing(PROVINCE, '2019-03-01', [
      { eventType: 'ProvincialPilotsSummarised', on: '2019-01-10' },
    ]);
    expect(statusOf(summarised, 'M-14')).toMatchObject({ state: 'completed-late', daysLate: 10 });
    expect(standing(PROVINCE, '2019-03-01').untracked).toEqual([]);
  });

  test("the province's M-02 is completed by its own plan, not by a pilot unit's", () => {
    expect(
      statusOf(
        standing(PROVINCE, '2017-10-10', [{ eventType: 'ImplementationPlanFiled', on: '2017-08-20' }]),
        'M-02',
      )?.state,
    ).toBe('overdue');
    expect(
      statusOf(
        standing(PROVINCE, '2017-10-10', [{ eventType: 'ProgrammePlanFiled', on: '2017-08-25' }]),
        'M-02',
      )?.state,
    ).toBe('completed');
  });

  test('a unit with no milestones gets an empty picture', () => {
    expect(standing('230624', '2018-01-01').all.map((s) => s.milestone.id)).toEqual(['O-07-N', 'M-05']);
    expect(standing('999999', '2018-01-01').all).toEqual([]);
  });

  test('a malformed as-of date is refused', () => {
    expect(() => standing(HARBIN, '2018-7-15')).toThrow(/not a valid date/);
  });
});
