import type { Annex } from '../document';
import { chineseDate, count, percent, score } from '../document';
import type { ReportFigures } from '../figures';
import { table } from './blocks';

/** 附件1: one row a pilot unit, its catalogue, disclosure and acceptance in figures. */
const unitSummary = (figures: ReportFigures): Annex => ({
  title: `${figures.kind === 'august' ? '国家级' : '省级'}试点单位情况汇总表`,
  table: table(
    'annex-units',
    '',
    [
      '试点单位',
      '所属市（地）',
      '试点领域',
      '公开事项',
      '已发布',
      '发布信息',
      '按时限公开率',
      '政策解读',
      '回应关切',
      '省级验收得分',
      '完成日期',
    ],
    figures.units.map((unit) => [
      unit.name,
      unit.prefecture?.name ?? '省直接管理',
      count(unit.assignedAreas.length),
      count(unit.totals.catalogue.items),
      count(unit.totals.catalogue.published),
      count(unit.totals.disclosures.total),
      percent(unit.totals.disclosures.timeliness.onTimeRate),
      count(unit.totals.interpretations.total),
      count(unit.totals.responses.total),
      score(unit.acceptance?.province.score ?? null),
      chineseDate(unit.acceptance?.completion.completedOn ?? null),
    ]),
  ),
});

/** 附件2: the catalogue and its standards per area, summed over the units. */
const byArea = (figures: ReportFigures): Annex | null => {
  const scope = figures.scope;
  const rows = scope?.byArea ?? figures.units[0]?.byArea ?? [];
  if (rows.length === 0) return null;
  return {
    title: '分领域公开事项目录和公开标准统计表',
    table: table(
      'annex-areas',
      '',
      [
        '试点领域',
        '承担单位',
        '公开事项',
        '一级事项',
        '已发布',
        '标准要素完整',
        '完整率',
        '主动公开',
        '依申请公开',
        '标准修订',
        '发布信息',
        '按时限公开率',
      ],
      rows.map((area) => [
        area.areaName,
        count(
          figures.units.filter((unit) => unit.assignedAreas.some((row) => row.area === area.area)).length,
        ),
        count(area.catalogue.items),
        count(area.catalogue.level1Categories),
        count(area.catalogue.published),
        count(area.catalogue.completeStandards),
        percent(area.catalogue.completenessRate),
        count(area.catalogue.byMode.find((mode) => mode.mode === 'proactive')?.items ?? 0),
        count(area.catalogue.byMode.find((mode) => mode.mode === 'on-request')?.items ?? 0),
        count(area.catalogue.revisions),
        count(area.disclosures.total),
        percent(area.disclosures.timeliness.onTimeRate),
      ]),
    ),
  };
};

/** The annexes of a report: the per-unit summary (several units) and the statistics by area. */
export const annexes = (figures: ReportFigures): Annex[] =>
  [figures.units.length > 1 ? unitSummary(figures) : null, byArea(figures)].filter(
    (annex): annex is Annex => annex !== null,
  );
