import type { FindingKind } from '@gongkai/domain';
import type { AcceptanceStageView, MilestoneStatusView, RectificationView } from '@gongkai/projections';
import { chineseDate, count, score } from '../document';
import type { ReportFigures, UnitFigures } from '../figures';

/**
 * The facts the narrative states, each computed from the figures (never a fixed sentence): who
 * was late, who failed and passed again, what rectification was ordered. The chapters word them.
 */

const STAGE_NAMES = { prefecture: '市级', province: '省级' } as const;

export const FINDING_KIND_NAMES: Readonly<Record<FindingKind, string>> = {
  problem: '问题',
  strength: '经验亮点',
  requirement: '工作要求',
};

/** 2018-07-25 → 7月25日 when in the same year as `year`, else the full date. */
export const shortDate = (date: string, year: string): string =>
  date.slice(0, 4) === year
    ? `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
    : chineseDate(date);

/** 道里区、龙沙区和密山市 */
export const names = (list: readonly string[]): string =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join('、')}和${list.at(-1)}`;

const lateness = (milestone: MilestoneStatusView): string =>
  `晚于规定时限（${milestone.dueDateText}）${count(milestone.daysLate)}天`;

const slipped = (milestone: MilestoneStatusView | undefined): milestone is MilestoneStatusView =>
  milestone !== undefined && (milestone.state === 'completed-late' || milestone.state === 'overdue');

/** The prefectures' pilot reports sent late or still missing (M-07 / M-11). */
export const lateReports = (figures: ReportFigures): string[] =>
  figures.hosts.flatMap((host) => {
    const milestone = host.milestones.find((row) => (row.id === 'M-07' || row.id === 'M-11') && slipped(row));
    if (!slipped(milestone)) return [];
    if (milestone.state === 'overdue') {
      return [
        `${host.name}截至${chineseDate(figures.date)}尚未报送试点工作报告，已超过规定时限（${milestone.dueDateText}）${count(milestone.daysLate)}天`,
      ];
    }
    return [`${host.name}于${chineseDate(milestone.completedOn)}报送试点工作报告，${lateness(milestone)}`];
  });

const planSlip = (name: string, own: string, milestone: MilestoneStatusView, date: string): string =>
  milestone.state === 'overdue'
    ? `${name}截至${chineseDate(date)}尚未报送${own}实施方案备案，已超过规定时限（${milestone.dueDateText}）${count(milestone.daysLate)}天`
    : `${name}于${chineseDate(milestone.completedOn)}报送${own}实施方案备案，${lateness(milestone)}`;

/**
 * Plans filed with the province late or not yet (M-03): the host prefectures' own plans, and the
 * plans of the province-administered counties covered.
 */
export const latePlans = (figures: ReportFigures): string[] => [
  ...figures.hosts.flatMap((host) => {
    const milestone = host.milestones.find((row) => row.id === 'M-03');
    return slipped(milestone) ? [planSlip(host.name, '本级', milestone, figures.date)] : [];
  }),
  ...figures.units.flatMap((unit) => {
    const milestone = unit.milestoneList.find((row) => row.id === 'M-03');
    return slipped(milestone) ? [planSlip(unit.name, '', milestone, figures.date)] : [];
  }),
];

/** Units whose self-assessment came late (O-07-N / O-07-P). */
export const lateSelfAssessments = (figures: ReportFigures): string[] =>
  figures.units.flatMap((unit) => {
    const milestone = unit.milestoneList.find((row) => row.id.startsWith('O-07') && slipped(row));
    if (!slipped(milestone)) return [];
    return milestone.state === 'overdue'
      ? [`${unit.name}尚未报送自评总结，已超过规定时限${count(milestone.daysLate)}天`]
      : [`${unit.name}于${chineseDate(milestone.completedOn)}报送自评总结，${lateness(milestone)}`];
  });

/** The province's own deadlines that slipped (its plan's filing, M-02 …), up to the report's date. */
export const provinceSlips = (figures: ReportFigures): string[] =>
  figures.provinceMilestones.flatMap((milestone) => {
    if (!slipped(milestone) || milestone.dueDate > figures.date) return [];
    const what = milestone.description.replace(/[。；]$/, '');
    return milestone.state === 'overdue'
      ? [`“${what}”尚未完成，已超过规定时限（${milestone.dueDateText}）${count(milestone.daysLate)}天`]
      : [`“${what}”于${chineseDate(milestone.completedOn)}完成，${lateness(milestone)}`];
  });

const stagesOf = (unit: UnitFigures): AcceptanceStageView[] =>
  [unit.acceptance?.prefecture, unit.acceptance?.province].filter(
    (stage): stage is AcceptanceStageView => stage !== null && stage !== undefined && stage.conducted,
  );

/** Acceptances failed at first and passed (or still open) after rectification. */
export const reacceptances = (figures: ReportFigures): string[] =>
  figures.units.flatMap((unit) =>
    stagesOf(unit).flatMap((stage) => {
      const failed = stage.history.filter((attempt) => !attempt.passed);
      if (failed.length === 0) return [];
      const [first] = failed;
      const last = stage.history.at(-1)!;
      const head = `${unit.name}${STAGE_NAMES[stage.stage]}验收首次未通过（${chineseDate(first!.conductedOn)}，${score(first!.score)}分）`;
      return [
        last.passed
          ? `${head}，经整改后于${chineseDate(last.conductedOn)}第${count(stage.history.length)}次验收通过（${score(last.score)}分）`
          : `${head}，目前仍未通过`,
      ];
    }),
  );

export interface UnitRectification extends RectificationView {
  unit: string;
}

export const rectificationsOf = (figures: ReportFigures): UnitRectification[] =>
  figures.units.flatMap((unit) =>
    (unit.acceptance?.rectifications ?? []).map((rectification) => ({ ...rectification, unit: unit.name })),
  );

/** One sentence a rectification order: who ordered it, when, by when, and whether it is closed. */
export const rectificationSentence = (row: UnitRectification, ordering: string): string =>
  `${ordering}于${chineseDate(row.requestedOn)}向${row.unit}下达整改要求，限期${chineseDate(row.dueOn)}前完成：` +
  `${row.items.map((item, index) => `${count(index + 1)}.${item.replace(/。$/, '')}`).join('；')}。` +
  (row.open ? '目前整改尚未完成。' : `整改后已重新验收。`);

export interface AcceptanceStanding {
  /** Units with a passing province acceptance. */
  passed: UnitFigures[];
  /** Passed only after rectification (more than one attempt). */
  passedAfterRectification: UnitFigures[];
  /** An open rectification. */
  rectifying: UnitFigures[];
  /** Failed and nothing ordered yet. */
  failed: UnitFigures[];
  /** No province acceptance yet. */
  notYet: UnitFigures[];
  /** First and last date of the province acceptances. */
  from: string | null;
  to: string | null;
}

/** Where the units stand in the province's acceptance. */
export const acceptanceStanding = (figures: ReportFigures): AcceptanceStanding => {
  const province = (unit: UnitFigures) => unit.acceptance?.province;
  const passed = figures.units.filter((unit) => province(unit)?.passed === true);
  const dates = figures.units
    .flatMap((unit) => province(unit)?.history.map((attempt) => attempt.conductedOn) ?? [])
    .sort();
  return {
    passed,
    passedAfterRectification: passed.filter((unit) => (province(unit)?.attempts ?? 0) > 1),
    rectifying: figures.units.filter((unit) => (unit.acceptance?.openRectifications ?? 0) > 0),
    failed: figures.units.filter(
      (unit) => province(unit)?.passed === false && (unit.acceptance?.openRectifications ?? 0) === 0,
    ),
    notYet: figures.units.filter((unit) => !province(unit)?.conducted),
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
  };
};
