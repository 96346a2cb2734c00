import type { Block } from '../document';
import { chineseDate, count, score } from '../document';
import type { ReportFigures, UnitFigures } from '../figures';
import { h1, p, table } from './blocks';
import { latePlans, lateReports, lateSelfAssessments, provinceSlips, reacceptances } from './facts';
import { PILOT_LEVEL_NAMES, PILOT_STATUS_NAMES } from './labels';

const unitWithPrefecture = (unit: UnitFigures): string =>
  unit.prefecture === null ? `${unit.name}（省直接管理）` : `${unit.prefecture.name}${unit.name}`;

const distinctAreas = (figures: ReportFigures): string[] => [
  ...new Set(figures.units.flatMap((unit) => unit.assignedAreas.map((area) => area.areaName))),
];

/** One unit's way through the pilot, dated, in its own report. */
const unitProgress = (figures: ReportFigures, unit: UnitFigures): string => {
  const view = unit.acceptance;
  if (!view) return '';
  const steps = [
    view.plan ? `${chineseDate(view.plan.firstFiledOn)}报备试点实施方案` : '',
    view.selfAssessmentSubmittedOn ? `${chineseDate(view.selfAssessmentSubmittedOn)}报送自评总结` : '',
    view.prefecture?.passed
      ? `${chineseDate(view.prefecture.conductedOn)}通过市级验收（${score(view.prefecture.score)}分）`
      : '',
    view.pilotReport ? `${chineseDate(view.pilotReport.submittedOn)}报送试点工作报告` : '',
    view.province.passed
      ? `${chineseDate(view.province.conductedOn)}通过省级验收（${score(view.province.score)}分）`
      : '',
  ].filter((step) => step !== '');
  return steps.length === 0
    ? `截至${chineseDate(figures.date)}，${unit.name}尚未报备试点实施方案。`
    : `${unit.name}于${steps.join('，')}。`;
};

const progress = (figures: ReportFigures): string => {
  const acceptance = figures.scope?.acceptance;
  const [only] = figures.units;
  if (acceptance === undefined) return only === undefined ? '' : unitProgress(figures, only);
  const total = figures.units.length;
  const steps: [string, number][] = [
    ['报备实施方案', acceptance.planFiled],
    ['报送自评总结', acceptance.selfAssessed],
    ['完成市级验收', acceptance.prefectureAccepted],
    ['由所在市报送试点工作报告', acceptance.reported],
    ['接受省级验收', acceptance.provinceAccepted],
    ['完成试点任务', acceptance.completed],
  ];
  const all = steps.filter(([, done]) => done === total).map(([step]) => step);
  const some = steps
    .filter(([, done]) => done > 0 && done < total)
    .map(([step, done]) => `${count(done)}个${step}`);
  const none = steps.filter(([, done]) => done === 0).map(([step]) => step);
  const parts = [
    all.length > 0 ? `${count(total)}个试点单位均已${all.join('、')}` : '',
    ...some,
    none.length > 0 ? `尚无单位${none.join('、')}` : '',
  ].filter((part) => part !== '');
  return `截至${chineseDate(figures.date)}，${parts.join('；')}。`;
};

/** What slipped, each from the figures: late plans and reports, late self-assessments, re-acceptances, the province's own deadlines. */
const slips = (figures: ReportFigures): Block[] => {
  const unitSlips = [
    ...latePlans(figures),
    ...lateReports(figures),
    ...lateSelfAssessments(figures),
    ...reacceptances(figures),
  ];
  const own = figures.kind === 'unit' ? [] : provinceSlips(figures);
  if (unitSlips.length === 0 && own.length === 0) return [p('各项工作均在规定时限内完成。')];
  return [
    ...(unitSlips.length > 0 ? [p(`工作进度方面也存在滞后：${unitSlips.join('；')}。`)] : []),
    ...(own.length > 0 ? [p(`省级层面，${own.join('；')}。`)] : []),
  ];
};

const revision = (unit: UnitFigures): string => {
  const plan = unit.acceptance?.plan;
  if (!plan || plan.version === 1) return '—';
  return `${chineseDate(plan.filedOn)}（第${count(plan.version)}版）`;
};

/** 一、基本情况: who the pilots are, their areas and how far they have come. */
export const overview = (figures: ReportFigures, index: number): Block[] => {
  const areas = distinctAreas(figures);
  const [only] = figures.units;
  const level = only?.pilotLevel;
  const who =
    figures.kind === 'unit' && only !== undefined
      ? `${only.name}是${figures.province.name}的${level ? PILOT_LEVEL_NAMES[level] : ''}试点单位` +
        `${only.prefecture === null ? '（省直接管理）' : `，隶属${only.prefecture.name}`}。`
      : `${figures.province.name}共有${count(figures.units.length)}个${level ? PILOT_LEVEL_NAMES[level] : ''}试点单位：` +
        `${figures.units.map(unitWithPrefecture).join('、')}。`;
  return [
    h1(index, '基本情况'),
    p(`${who}试点领域${count(areas.length)}个：${areas.join('、')}。`),
    p(progress(figures)),
    ...slips(figures),
    table(
      'units',
      '试点单位基本情况',
      [
        '序号',
        '试点单位',
        '所属市（地）',
        '试点级别',
        '试点领域数',
        '实施方案首次备案',
        '修订后备案',
        '目前进展',
      ],
      figures.units.map((unit, row) => [
        count(row + 1),
        unit.name,
        unit.prefecture?.name ?? '省直接管理',
        unit.pilotLevel ? PILOT_LEVEL_NAMES[unit.pilotLevel] : '—',
        count(unit.assignedAreas.length),
        chineseDate(unit.acceptance?.plan?.firstFiledOn ?? null),
        revision(unit),
        unit.acceptance ? PILOT_STATUS_NAMES[unit.acceptance.status] : '—',
      ]),
    ),
  ];
};
