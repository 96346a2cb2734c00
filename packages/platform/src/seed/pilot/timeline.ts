import type { IsoDate } from '@gongkai/domain';
import { addWorkingDays, workingDayBetween, workingDayOnOrAfter } from '../dates';
import { randomFor } from '../random';
import type { SeedUnit } from '../units';

export interface AcceptanceRound {
  conductedOn: IsoDate;
  score: number;
  passed: boolean;
  /** After a failed round: the rectification and the self-assessment resubmitted for it. */
  rectification?: { requestedOn: IsoDate; dueOn: IsoDate; resubmittedOn: IsoDate };
}

/** When each step of a pilot unit's year happens, and the window its catalogue is built in. */
export interface PilotTimeline {
  registeredOn: IsoDate;
  assignedOn: IsoDate;
  planFiledOn: IsoDate;
  /** 动态调整 of the plan itself: a second version filed during the year. */
  planRevisedOn: IsoDate | null;
  draftFrom: IsoDate;
  draftUntil: IsoDate;
  /** Disclosures go on until about here (the pilot year ends; disclosure does not). */
  activityUntil: IsoDate;
  selfAssessedOn: IsoDate;
  /** Rounds at the prefecture stage (none for a province-administered county). */
  prefecture: AcceptanceRound[];
  reportedOn: IsoDate;
  province: AcceptanceRound[];
  completedOn: IsoDate;
}

/** The plan of 2017-08-09 (黑政办发〔2017〕50号) names the units; the province registers them that day. */
const PLAN_ISSUED_ON = '2017-08-09';
const AREAS_ASSIGNED_ON = '2017-08-15';

const passed = (conductedOn: IsoDate, score: number): AcceptanceRound => ({
  conductedOn,
  score,
  passed: true,
});

/** National pilots: summary by 2018-07-10, province acceptance in July, done by the end of August. */
const nationalTimeline = (seed: number, unit: SeedUnit): PilotTimeline => {
  const random = randomFor(seed, unit.code, 'timeline');
  const selfAssessedOn = workingDayBetween(random, '2018-06-19', '2018-06-29');
  const prefectureOn = addWorkingDays(selfAssessedOn, random.int(2, 4));
  return {
    registeredOn: PLAN_ISSUED_ON,
    assignedOn: AREAS_ASSIGNED_ON,
    planFiledOn: workingDayBetween(random, '2017-09-04', '2017-09-22'),
    planRevisedOn: null,
    draftFrom: '2017-10-09',
    draftUntil: '2017-11-24',
    activityUntil: '2018-08-10',
    selfAssessedOn,
    prefecture: [passed(prefectureOn, random.int(86, 96))],
    reportedOn: addWorkingDays(prefectureOn, random.int(1, 2)),
    province: [passed(workingDayBetween(random, '2018-07-16', '2018-07-27'), random.int(85, 97))],
    completedOn: workingDayBetween(random, '2018-08-20', '2018-08-29'),
  };
};

/** Provincial pilots: summary by 2018-09-30, province acceptance in October, done by the end of October. */
const provincialTimeline = (seed: number, unit: SeedUnit): PilotTimeline => {
  const random = randomFor(seed, unit.code, 'timeline');
  const selfAssessedOn = workingDayBetween(random, '2018-09-03', '2018-09-14');
  const prefectureOn = addWorkingDays(selfAssessedOn, random.int(2, 4));
  return {
    registeredOn: PLAN_ISSUED_ON,
    assignedOn: AREAS_ASSIGNED_ON,
    planFiledOn: workingDayBetween(random, '2017-09-11', '2017-09-28'),
    planRevisedOn: null,
    draftFrom: '2017-11-01',
    draftUntil: '2018-01-19',
    activityUntil: '2018-10-12',
    selfAssessedOn,
    prefecture: unit.throughPrefecture ? [passed(prefectureOn, random.int(85, 95))] : [],
    reportedOn: unit.throughPrefecture
      ? addWorkingDays(prefectureOn, random.int(1, 2))
      : addWorkingDays(selfAssessedOn, random.int(2, 4)),
    province: [passed(workingDayBetween(random, '2018-10-15', '2018-10-24'), random.int(84, 96))],
    completedOn: workingDayBetween(random, '2018-10-26', '2018-10-31'),
  };
};

type Override = (timeline: PilotTimeline) => PilotTimeline;

const day = (date: IsoDate): IsoDate => workingDayOnOrAfter(date);

/**
 * The units whose year does not go to plan, so that views have failures, rectifications and
 * overdue milestones to show. Everyone else is on schedule.
 */
const OVERRIDES: Readonly<Record<string, Override>> = {
  // 龙沙区 refiles its plan after the mid-term review (a second version, same areas).
  '230202': (timeline) => ({ ...timeline, planRevisedOn: day('2018-03-20') }),
  // 汤原县 fails the 佳木斯市 acceptance, rectifies, passes; its pilot report reaches the province late.
  '230828': (timeline) => ({
    ...timeline,
    selfAssessedOn: day('2018-06-26'),
    prefecture: [
      {
        conductedOn: day('2018-07-03'),
        score: 66,
        passed: false,
        rectification: {
          requestedOn: day('2018-07-04'),
          dueOn: day('2018-07-13'),
          resubmittedOn: day('2018-07-12'),
        },
      },
      passed(day('2018-07-16'), 85),
    ],
    reportedOn: day('2018-07-17'),
    province: [passed(day('2018-07-26'), 87)],
    completedOn: day('2018-08-24'),
  }),
  // 肇东市 sums up late (due 2018-07-10), then fails the province acceptance and passes after rectification.
  '231282': (timeline) => ({
    ...timeline,
    selfAssessedOn: day('2018-07-18'),
    prefecture: [passed(day('2018-07-23'), 82)],
    reportedOn: day('2018-07-25'),
    province: [
      {
        conductedOn: day('2018-07-30'),
        score: 64,
        passed: false,
        rectification: {
          requestedOn: day('2018-07-31'),
          dueOn: day('2018-08-17'),
          resubmittedOn: day('2018-08-15'),
        },
      },
      passed(day('2018-08-22'), 83),
    ],
    completedOn: day('2018-08-29'),
  }),
  // 呼玛县 is late all the way: summary after 2018-09-30, completion after 2018-10-31.
  '232721': (timeline) => ({
    ...timeline,
    selfAssessedOn: day('2018-10-09'),
    prefecture: [passed(day('2018-10-12'), 81)],
    reportedOn: day('2018-10-16'),
    province: [passed(day('2018-11-06'), 84)],
    completedOn: day('2018-11-09'),
  }),
};

/** The unit's year, deterministic for a seed. */
export const pilotTimeline = (seed: number, unit: SeedUnit): PilotTimeline => {
  const base = unit.level === 'national' ? nationalTimeline(seed, unit) : provincialTimeline(seed, unit);
  return OVERRIDES[unit.code]?.(base) ?? base;
};
