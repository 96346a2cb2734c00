import type { IndicatorScore } from '../assessment';
import { INDICATOR_RULE_TEXT } from '../assessment';
import type { Block } from '../document';
import { count, decimal, percent, score } from '../document';
import type { ReportFigures } from '../figures';
import { chart, h1, p, table } from './blocks';

/** An indicator's value in its own terms: a score in 分, the satisfaction on its 5-point scale, else a share. */
const valueText = (row: IndicatorScore): string => {
  if (row.value === null) return '—';
  if (row.indicator === 'acceptance') return `${score(row.value * 100)}分`;
  if (row.indicator === 'satisfaction') return `${decimal(row.value * 5)}分`;
  return percent(row.value);
};

/**
 * 考核评估: the rules with how each indicator is computed, every unit's values and points. A report
 * to the State Council ranks nobody; the provincial summary, to the province, ranks units and
 * prefectures (the plan feeds the assessment into the prefectures' appraisal).
 */
export const assessment = (figures: ReportFigures, index: number): Block[] => {
  const { rules, units, prefectures } = figures.assessment;
  const totalWeight = rules.rules.reduce((sum, rule) => sum + rule.weight, 0);
  const ranked = figures.kind === 'provincial-summary';
  return [
    h1(index, '考核评估'),
    p(
      `依据${rules.name}，按下表所列${count(rules.rules.length)}项指标对试点单位逐项评分，满分100分，各项指标得分为指标值乘以该项分值。` +
        (ranked ? '市（地）得分为其所辖试点单位得分的平均值，评估结果纳入政务公开绩效考核。' : ''),
    ),
    table(
      'assessment-rules',
      '考核评估指标和计算方法',
      ['指标', '计算方法', '分值'],
      rules.rules.map((rule) => [
        rule.name,
        INDICATOR_RULE_TEXT[rule.indicator],
        score((rule.weight * 100) / totalWeight),
      ]),
      '指标无可计算数据的（如尚未发布信息、尚未开展评价），该项记0分。',
    ),
    table(
      'assessment-values',
      '试点单位考核评估指标值',
      ['试点单位', ...rules.rules.map((rule) => rule.name)],
      units.map((unit) => [unit.name, ...unit.indicators.map(valueText)]),
    ),
    table(
      'assessment-units',
      '试点单位考核评估得分',
      ['试点单位', ...rules.rules.map((rule) => rule.name), '总分', ...(ranked ? ['排名'] : [])],
      units.map((unit) => [
        unit.name,
        ...unit.indicators.map((row) => score(row.points)),
        score(unit.score),
        ...(ranked ? [count(unit.rank)] : []),
      ]),
    ),
    chart(
      'assessment-scores',
      '试点单位考核评估总分',
      '分',
      units.map((unit) => ({ label: unit.name, value: unit.score, text: score(unit.score) })),
      100,
    ),
    ...(ranked && prefectures.length > 0
      ? [
          table(
            'assessment-prefectures',
            '市（地）考核评估得分',
            ['市（地）', '试点单位数', '平均得分', '排名'],
            prefectures.map((row) => [row.name, count(row.units), score(row.score), count(row.rank)]),
          ),
        ]
      : []),
  ];
};
