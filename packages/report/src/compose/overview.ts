import type { Block } from '../document';
import { chineseDate, count } from '../document';
import type { ReportFigures, UnitFigures } from '../figures';
import { h1, p, table } from './blocks';
import { PILOT_LEVEL_NAMES, PILOT_STATUS_NAMES } from './labels';

const unitWithPrefecture = (unit: UnitFigures): string =>
  unit.prefecture === null ? `${unit.name}（省直接管理）` : `${unit.prefecture.name}${unit.name}`;

const distinctAreas = (figures: ReportFigures): string[] => [
  ...new Set(figures.units.flatMap((unit) => unit.assignedAreas.map((area) => area.areaName))),
];

const progress = (figures: ReportFigures): string => {
  const acceptance = figures.scope?.acceptance;
  if (acceptance === undefined) {
    const unit = figures.units[0];
    const status = unit?.acceptance?.status;
    return status === undefined
      ? ''
      : `截至${chineseDate(figures.date)}，试点工作所处阶段：${PILOT_STATUS_NAMES[status]}。`;
  }
  return (
    `截至${chineseDate(figures.date)}，${count(acceptance.planFiled)}个试点单位的实施方案已备案，` +
    `${count(acceptance.selfAssessed)}个完成自评总结，${count(acceptance.reported)}个报送了试点工作报告，` +
    `${count(acceptance.prefectureAccepted)}个完成市级验收，${count(acceptance.provinceAccepted)}个完成省级验收，` +
    `${count(acceptance.completed)}个试点已完成。`
  );
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
    table(
      'units',
      '试点单位基本情况',
      ['序号', '试点单位', '所属市（地）', '试点级别', '试点领域数', '实施方案备案日期', '当前状态'],
      figures.units.map((unit, row) => [
        count(row + 1),
        unit.name,
        unit.prefecture?.name ?? '省直接管理',
        unit.pilotLevel ? PILOT_LEVEL_NAMES[unit.pilotLevel] : '—',
        count(unit.assignedAreas.length),
        chineseDate(unit.acceptance?.plan?.filedOn ?? null),
        unit.acceptance ? PILOT_STATUS_NAMES[unit.acceptance.status] : '—',
      ]),
    ),
  ];
};
