import type { IsoDate, TenantUnit } from '@gongkai/domain';
import { occurredAtOn, workingDayBetween } from './dates';
import { randomFor } from './random';
import type { SeedStep } from './steps';
import { adminOf, HEILONGJIANG, seedDirectory } from './units';

/**
 * The province's and the prefectures' own part: their implementation plans (M-02, M-03) and the
 * province's summary of the provincial pilots (M-14). 黑政办发〔2017〕50号 was issued on
 * 2017-08-09 and filed with the State Council General Office before the end of August; the
 * prefectures wrote their own plans in September, 佳木斯市 (hosting a national pilot) and 大兴安岭地区
 * (a provincial one) only after the National Day holiday, so that the views and both summary
 * reports have a late filing of M-03 to show.
 */
const LATE_PLANS: Readonly<Record<string, IsoDate>> = { '230800': '2017-10-13', '232700': '2017-10-16' };

const PROVINCE_PLAN = {
  title: '黑龙江省开展基层政务公开标准化规范化试点工作实施方案',
  documentNumber: '黑政办发〔2017〕50号',
  filedOn: '2017-08-28',
};

const SUMMARY_ON = '2018-12-20';

const step = (unit: TenantUnit, name: string, on: IsoDate, command: SeedStep['command']): SeedStep => ({
  key: `${unit.code}:programme:${name}`,
  on,
  occurredAt: occurredAtOn(on, 9 * 60),
  actor: adminOf(unit),
  command,
  correlation: `${unit.code}:programme`,
});

/** The province's plan and each prefecture's, filed for the record. */
export const programmePlanSteps = (seed: number): SeedStep[] => {
  const province = seedDirectory.getOrThrow(HEILONGJIANG);
  const prefectures = seedDirectory.children(HEILONGJIANG).filter((unit) => unit.tier === 'prefecture');
  return [
    step(province, 'plan-1', PROVINCE_PLAN.filedOn, {
      type: 'FileProgrammePlan',
      data: { tenant: province.code, ...PROVINCE_PLAN },
    }),
    ...prefectures.map((prefecture) => {
      const filedOn =
        LATE_PLANS[prefecture.code] ??
        workingDayBetween(randomFor(seed, prefecture.code, 'programme-plan'), '2017-09-11', '2017-09-29');
      return step(prefecture, 'plan-1', filedOn, {
        type: 'FileProgrammePlan',
        data: {
          tenant: prefecture.code,
          title: `${prefecture.name}开展基层政务公开标准化规范化试点工作实施方案`,
          filedOn,
        },
      });
    }),
  ];
};

/** The province sums up the provincial pilots once the last of them is closed (M-14). */
export const provincialSummaryStep = (): SeedStep => {
  const province = seedDirectory.getOrThrow(HEILONGJIANG);
  return step(province, 'provincial-summary', SUMMARY_ON, {
    type: 'SummariseProvincialPilots',
    data: {
      tenant: province.code,
      title: '黑龙江省省级基层政务公开标准化规范化试点工作总结',
      practices:
        '以权责清单和公共服务事项清单为基础梳理公开事项，逐项明确公开标准六要素；' +
        '建立目录动态调整机制，公开标准随政策变化及时修订；' +
        '把村务公开栏、便民服务站纳入公开渠道，打通政务公开“最后一公里”。',
      summarisedOn: SUMMARY_ON,
    },
  });
};
