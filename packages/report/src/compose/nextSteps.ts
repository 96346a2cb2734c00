import type { Block } from '../document';
import { count } from '../document';
import type { ReportFigures } from '../figures';
import { h1, h2, p } from './blocks';
import { rectificationsOf } from './facts';

const milestoneLine = (milestone: ReportFigures['nextSteps'][number]): string =>
  `${milestone.dueDateText.replace(/前$/, '')}前，${milestone.description.replace(/[。；]$/, '')}。`;

/** Follow-up of what acceptance found: open rectifications and the problems to keep correcting. */
const rectificationFollowUp = (figures: ReportFigures): string => {
  const open = rectificationsOf(figures).filter((row) => row.open);
  const problems = new Set(
    figures.units.flatMap((unit) =>
      [unit.acceptance?.prefecture, unit.acceptance?.province].flatMap(
        (stage) =>
          stage?.findingItems
            .filter((finding) => finding.kind === 'problem')
            .map((finding) => finding.text) ?? [],
      ),
    ),
  );
  const parts = [
    open.length > 0
      ? `督促${[...new Set(open.map((row) => row.unit))].join('、')}按整改要求限期整改到位，整改完成后重新组织验收`
      : '',
    problems.size > 0
      ? `对验收发现的${count(problems.size)}类问题建立整改台账，逐项跟踪落实，防止问题反弹`
      : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? '' : `${parts.join('；')}。`;
};

/** 下一步工作打算: roll-out to every county, the follow-up of acceptance, the schedule still ahead. */
export const nextSteps = (figures: ReportFigures, index: number): Block[] => {
  const { total, national, provincial } = figures.counties;
  const others = total - national - provincial;
  const sections: [string, string][] = [];
  if (figures.kind !== 'unit') {
    sections.push([
      '推广试点经验',
      `认真总结${figures.kind === 'august' ? '国家级' : '省级'}试点单位形成的公开事项标准目录、公开标准和工作流程，` +
        `${others > 0 ? `在全省其余${count(others)}个县（市、区）全面推行` : '在全省各县（市、区）全面推行'}，推动基层政务公开标准化规范化全覆盖。`,
    ]);
  }
  const followUp = rectificationFollowUp(figures);
  if (followUp !== '') sections.push(['抓好问题整改', followUp]);
  const ahead = figures.nextSteps;
  if (ahead.length > 0) {
    sections.push([
      figures.kind === 'august' && provincial > 0
        ? `推进${count(provincial)}个省级试点单位的试点工作`
        : '按时完成后续工作',
      ahead.map(milestoneLine).join(''),
    ]);
  }
  return [
    h1(index, '下一步工作打算'),
    ...(sections.length === 0
      ? [p('试点工作方案确定的各项任务均已完成，下一步将巩固试点成果，持续推进政务公开标准化规范化。')]
      : sections.flatMap(([title, text], row) => [h2(row + 1, title), p(text)])),
  ];
};
