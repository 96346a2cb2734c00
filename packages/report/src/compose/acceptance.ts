import type { Block } from '../document';
import { chineseDate, count, score, yesNo } from '../document';
import type { ReportFigures } from '../figures';
import { h1, p, table } from './blocks';

const summary = (figures: ReportFigures): string => {
  const acceptance = figures.scope?.acceptance;
  if (acceptance === undefined) {
    const view = figures.units[0]?.acceptance;
    if (!view) return '尚未开展验收。';
    const stages = [view.prefecture, view.province].filter((stage) => stage?.conducted);
    if (stages.length === 0) return '尚未开展验收。';
    return stages
      .map(
        (stage) =>
          `${stage?.stage === 'prefecture' ? '市级' : '省级'}验收于${chineseDate(stage?.conductedOn ?? null)}进行，得分${score(stage?.score ?? null)}分，${yesNo(stage?.passed ?? null)}。`,
      )
      .join('');
  }
  return (
    `按照单位自查、市级验收、省级验收的程序，${count(acceptance.prefectureAccepted)}个单位完成市级验收（通过${count(acceptance.prefecturePassed)}个），` +
    `${count(acceptance.provinceAccepted)}个单位完成省级验收（通过${count(acceptance.provincePassed)}个），省级验收平均得分${score(acceptance.averageProvinceScore)}分；` +
    `验收未通过${count(acceptance.failed)}个，正在整改${count(acceptance.rectifying)}个。`
  );
};

/** 验收情况: how acceptance went, and the result of every unit (annex B of the outline). */
export const acceptance = (figures: ReportFigures, index: number): Block[] => {
  const findings = figures.units.flatMap((unit) => {
    const view = unit.acceptance;
    const latest = view?.province.conducted ? view.province : view?.prefecture;
    return latest && latest.findings.length > 0 ? [`${unit.name}：${latest.findings.join('')}`] : [];
  });
  return [
    h1(index, '验收情况'),
    p(summary(figures)),
    table(
      'acceptance',
      '试点验收结果',
      [
        '试点单位',
        '市级验收得分',
        '市级验收结论',
        '省级验收得分',
        '省级验收结论',
        '发现问题数',
        '未完成整改',
        '试点完成',
      ],
      figures.acceptanceResults.map((row) => [
        row.name,
        score(row.prefectureAcceptanceScore),
        row.provinceDirectlyAdministered ? '不适用' : yesNo(row.prefectureAcceptancePassed),
        score(row.provinceAcceptanceScore),
        yesNo(row.provinceAcceptancePassed),
        count(row.findingsCount),
        count(row.openRectifications),
        row.completed ? '是' : '否',
      ]),
    ),
    ...(findings.length > 0 ? [p(`验收发现的主要问题和意见：${findings.join('；')}`)] : []),
  ];
};
