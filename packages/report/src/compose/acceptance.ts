import type { Finding, FindingKind } from '@gongkai/domain';
import type { AcceptanceStageView } from '@gongkai/projections';
import type { Block } from '../document';
import { chineseDate, count, score } from '../document';
import type { ReportFigures, UnitFigures } from '../figures';
import { h1, h2, p, table } from './blocks';
import { acceptanceStanding, names, rectificationSentence, rectificationsOf, reacceptances } from './facts';

const STAGE_NAMES = { prefecture: '市级', province: '省级' } as const;

/** The latest findings of each stage conducted, with the stage. */
const findingsOf = (unit: UnitFigures): (Finding & { stage: 'prefecture' | 'province' })[] =>
  [unit.acceptance?.prefecture, unit.acceptance?.province].flatMap((stage) =>
    stage?.conducted ? stage.findingItems.map((finding) => ({ ...finding, stage: stage.stage })) : [],
  );

const problemsOf = (unit: UnitFigures): number =>
  unit.acceptance?.province.findingItems.filter((finding) => finding.kind === 'problem').length ?? 0;

/** Findings of one kind, the same wording once, with the units (and stages) it was found in. */
const grouped = (figures: ReportFigures, kind: FindingKind): string[] => {
  const byText = new Map<string, Map<string, string[]>>();
  for (const unit of figures.units) {
    for (const finding of findingsOf(unit).filter((row) => row.kind === kind)) {
      const units = byText.get(finding.text) ?? new Map<string, string[]>();
      const stages = units.get(unit.name) ?? [];
      if (!stages.includes(STAGE_NAMES[finding.stage])) stages.push(STAGE_NAMES[finding.stage]);
      units.set(unit.name, stages);
      byText.set(finding.text, units);
    }
  }
  const where = (units: Map<string, string[]>): string =>
    [...units.entries()]
      .map(([unit, stages]) =>
        figures.units.length > 1 ? `${unit}（${stages.join('、')}）` : `${stages.join('、')}验收`,
      )
      .join('、');
  return [...byText.entries()].map(
    ([text, units], index) => `${count(index + 1)}.${text.replace(/。$/, '')}（${where(units)}）。`,
  );
};

const unitSummary = (figures: ReportFigures): string => {
  const unit = figures.units[0];
  const stages = [unit?.acceptance?.prefecture, unit?.acceptance?.province].filter(
    (stage) => stage?.conducted,
  );
  if (stages.length === 0) return `截至${chineseDate(figures.date)}，尚未开展验收。`;
  return stages
    .map((stage) => {
      const attempts = stage!.history.length > 1 ? `（共验收${count(stage!.history.length)}次）` : '';
      return `${STAGE_NAMES[stage!.stage]}验收于${chineseDate(stage!.conductedOn)}进行，得分${score(stage!.score)}分，${stage!.passed ? '通过' : '未通过'}${attempts}。`;
    })
    .join('');
};

const provinceClause = (figures: ReportFigures): string => {
  const standing = acceptanceStanding(figures);
  const total = figures.units.length;
  if (standing.notYet.length === total) return '省级验收尚未开展。';
  const average = figures.scope?.acceptance.averageProvinceScore ?? null;
  const parts = [
    standing.rectifying.length > 0 ? `，${count(standing.rectifying.length)}个正在整改` : '',
    standing.failed.length > 0 ? `，${count(standing.failed.length)}个未通过` : '',
    standing.notYet.length > 0 ? `，${count(standing.notYet.length)}个尚未验收` : '',
    average === null ? '' : `，平均得分${score(average)}分`,
  ];
  const again =
    standing.passedAfterRectification.length > 0
      ? `（${names(standing.passedAfterRectification.map((unit) => unit.name))}首次验收未通过，整改后重新验收通过）`
      : '';
  return `省政府办公厅组织省级验收，${count(standing.passed.length)}个试点单位通过${again}${parts.join('')}。`;
};

const summary = (figures: ReportFigures): string => {
  if (figures.kind === 'unit') return unitSummary(figures);
  const acceptance = figures.scope?.acceptance;
  const total = figures.units.length;
  const prefecture =
    acceptance && acceptance.prefectureAccepted > 0
      ? `${acceptance.prefectureAccepted === total ? '各试点单位所在市' : `${count(acceptance.prefectureAccepted)}个试点单位所在市`}组织了市级验收，${count(acceptance.prefecturePassed)}个通过；`
      : '';
  return `按照单位自查、市级验收、省级验收的程序开展验收。${prefecture}${provinceClause(figures)}`;
};

/** Score and conclusion of one stage (the attempt when passed at a second try). */
const stageCells = (stage: AcceptanceStageView | null | undefined): [string, string] =>
  stage ? [score(stage.score), conclusion(stage.passed, stage.attempts)] : ['—', '未验收'];

const rectificationCell = (view: UnitFigures['acceptance']): string => {
  if (!view || view.rectifications.length === 0) return '无';
  return `${count(view.rectifications.length)}次${view.openRectifications > 0 ? '（未完成）' : '（已完成）'}`;
};

/** A unit's row of the acceptance table. */
const resultRow = (unit: UnitFigures): string[] => {
  const view = unit.acceptance;
  const [prefectureScore, prefectureConclusion] = stageCells(view?.prefecture);
  return [
    unit.name,
    prefectureScore,
    unit.provinceDirectlyAdministered ? '不适用' : prefectureConclusion,
    ...stageCells(view?.province),
    `${count(problemsOf(unit))}项`,
    rectificationCell(view),
    view?.completion.completed ? '是' : '否',
  ];
};

const conclusion = (passed: boolean | null, attempts: number): string =>
  passed === null
    ? '未验收'
    : `${passed ? '通过' : '未通过'}${attempts > 1 ? `（第${count(attempts)}次）` : ''}`;

/** 验收情况: how acceptance went, every unit's result, the findings by kind and the rectification ordered. */
export const acceptance = (figures: ReportFigures, index: number): Block[] => {
  const problems = grouped(figures, 'problem');
  const strengths = grouped(figures, 'strength');
  const requirements = grouped(figures, 'requirement');
  const rectifications = rectificationsOf(figures);
  const again = reacceptances(figures);
  const orderedBy = (stage: 'prefecture' | 'province', unit: string): string =>
    stage === 'province'
      ? '省政府办公厅'
      : (figures.units.find((row) => row.name === unit)?.prefecture?.name ?? '所在市') + '人民政府';
  let section = 0;
  return [
    h1(index, '验收情况'),
    h2(++section, '验收程序和结果'),
    p(summary(figures)),
    ...(again.length > 0 && figures.kind !== 'unit' ? [p(`${again.join('；')}。`)] : []),
    ...(figures.kind === 'unit'
      ? []
      : [
          table(
            'acceptance',
            '试点验收结果',
            [
              '试点单位',
              '市级验收得分',
              '市级验收结论',
              '省级验收得分',
              '省级验收结论',
              '省级验收发现问题',
              '整改要求',
              '试点完成',
            ],
            figures.units.map(resultRow),
          ),
        ]),
    ...(problems.length > 0 ? [h2(++section, '验收发现的问题'), ...problems.map(p)] : []),
    ...(strengths.length > 0 ? [h2(++section, '验收肯定的经验'), ...strengths.map(p)] : []),
    ...(requirements.length > 0 || rectifications.length > 0
      ? [
          h2(++section, '整改要求和落实情况'),
          ...rectifications.map((row) => p(rectificationSentence(row, orderedBy(row.stage, row.unit)))),
          ...(requirements.length > 0 ? [p('验收组还提出以下工作要求：'), ...requirements.map(p)] : []),
        ]
      : []),
  ];
};
