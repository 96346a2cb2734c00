import type { Block } from '../document';
import { count, percent, score } from '../document';
import type { ReportFigures } from '../figures';
import { chart, h1, p, table } from './blocks';

/** 考核评估: every unit's and prefecture's score under the rules, and the rules themselves. */
export const assessment = (figures: ReportFigures, index: number): Block[] => {
  const { rules, units, prefectures } = figures.assessment;
  const totalWeight = rules.rules.reduce((sum, rule) => sum + rule.weight, 0);
  return [
    h1(index, '考核评估'),
    p(
      `依据《${rules.name}》，按${rules.rules.map((rule) => `${rule.name}（权重${count(rule.weight)}）`).join('、')}对试点单位逐项评分（满分100分），` +
        '市（地）得分为其所辖试点单位得分的平均值，评估结果纳入政务公开绩效考核。',
    ),
    table(
      'assessment-rules',
      '考核评估指标和权重',
      ['指标', '权重', '折合分值'],
      rules.rules.map((rule) => [rule.name, count(rule.weight), score((rule.weight * 100) / totalWeight)]),
    ),
    table(
      'assessment-units',
      '试点单位考核评估得分',
      ['试点单位', ...rules.rules.map((rule) => rule.name), '总分', '排名'],
      units.map((unit) => [
        unit.name,
        ...unit.indicators.map((row) => `${percent(row.value)}／${score(row.points)}`),
        score(unit.score),
        count(unit.rank),
      ]),
      '各指标栏为“指标值／得分”；无可计算数据的指标记0分。',
    ),
    chart(
      'assessment-scores',
      '试点单位考核评估得分',
      '分',
      units.map((unit) => ({ label: unit.name, value: unit.score, text: score(unit.score) })),
      100,
    ),
    ...(prefectures.length > 0
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
