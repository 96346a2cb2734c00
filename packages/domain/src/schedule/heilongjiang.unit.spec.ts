import { describe, expect, test } from 'vitest';

import { officialWorkingDayCalendar } from '../calendar/officialCalendar';
import { createTenantDirectory } from '../tenants/directory';
import { heilongjiangSeed } from '../tenants/heilongjiang';
import { heilongjiangMilestones as milestones } from './heilongjiang';
import { isInvalidScheduleDataError } from './invalidScheduleDataError';
import { parseMilestones } from './milestoneData';

const directory = createTenantDirectory(heilongjiangSeed);

describe('the Heilongjiang milestones', () => {
  test('map each milestone to the event that completes it', () => {
    expect(Object.fromEntries(milestones.map((m) => [m.id, m.completedBy]))).toEqual({
      'M-02': ['ProgrammePlanFiled'],
      'M-03': ['ProgrammePlanFiled', 'ImplementationPlanFiled'],
      'O-07-N': ['SelfAssessmentSubmitted'],
      'M-07': ['PilotReportSubmitted'],
      'M-08': ['AcceptanceConducted'],
      'M-05': ['PilotCompleted'],
      'M-09': ['NationalReportSubmitted'],
      'O-07-P': ['SelfAssessmentSubmitted'],
      'M-11': ['PilotReportSubmitted'],
      'M-12': ['PilotCompleted'],
      'M-13': ['AcceptanceConducted'],
      'M-14': ['ProvincialPilotsSummarised'],
    });
  });

  test('the national pilots finish with the overall report to the State Council by 2018-08-31, the provincial ones by 2018-10-31', () => {
    const due = (id: string) => milestones.find((m) => m.id === id)?.dueDate;
    expect(due('M-09')).toBe('2018-08-31');
    expect(due('M-12')).toBe('2018-10-31');
    expect(milestones.find((m) => m.id === 'M-09')?.artefact?.submittedTo).toBe('国务院办公厅');
  });

  test('every responsible unit is a unit of the seed, of the tier the milestone names', () => {
    const mismatches = milestones.flatMap((m) =>
      m.responsible.flatMap((entry) =>
        entry.unitCodes
          .filter((code) => directory.get(code)?.tier !== entry.tier)
          .map((code) => `${m.id} ${code}`),
      ),
    );
    expect(mismatches).toEqual([]);
  });

  test('a pilot county only answers for milestones of its own pilot level', () => {
    const mismatches = milestones.flatMap((m) =>
      m.responsible
        .flatMap((entry) => entry.unitCodes)
        .map((code) => directory.get(code))
        .filter((unit) => unit?.pilotLevel && !m.pilotLevels.includes(unit.pilotLevel))
        .map((unit) => `${m.id} ${unit?.name}`),
    );
    expect(mismatches).toEqual([]);
  });

  test('no due date is moved by the calendar except 2018-12-31: weekend due dates were make-up working days, but M-14 falls in the 2019 元旦 holiday', () => {
    const unusualDueDates = [...new Set(milestones.map((m) => m.dueDate))]
      .map((date) => officialWorkingDayCalendar.describeDay(date))
      .filter((day) => day.kind !== 'working-day');
    expect(unusualDueDates).toEqual([
      { date: '2017-09-30', working: true, kind: 'make-up-working-day', holiday: '中秋节、国庆节' },
      { date: '2018-09-30', working: true, kind: 'make-up-working-day', holiday: '国庆节' },
      { date: '2018-12-31', working: false, kind: 'holiday', holiday: '元旦' },
    ]);
  });

  test('milestone data naming an event the platform does not have is refused with INVALID_SCHEDULE_DATA', () => {
    const broken = { milestones: [{ ...milestones[0], completedBy: 'PlanFiled' }] };
    let error: unknown;
    try {
      parseMilestones(broken);
    } catch (caught) {
      error = caught;
    }
    expect(isInvalidScheduleDataError(error)).toBe(true);
  });

  test('milestone data depending on an unknown milestone is refused', () => {
    expect(() => parseMilestones({ milestones: [{ ...milestones[0], dependsOn: ['M-99'] }] })).toThrow(
      /depends on unknown milestone M-99/,
    );
  });
});
