import type { Block } from '../document';
import { chineseDate } from '../document';
import type { ReportFigures } from '../figures';
import { h1, h2, p } from './blocks';

/** 下一步工作打算: the plan's tasks still ahead on the report's date, from the schedule. */
export const nextSteps = (figures: ReportFigures, index: number): Block[] => [
  h1(index, '下一步工作打算'),
  p('认真总结试点经验，针对存在的困难和问题抓好整改落实，按照试点工作方案的时间安排完成以下工作：'),
  ...(figures.nextSteps.length === 0
    ? [p('试点工作方案确定的各项任务均已完成，下一步将把试点成果向全省推广。')]
    : figures.nextSteps.flatMap((milestone, row) => [
        h2(row + 1, `${milestone.description.replace(/[。；]$/, '')}`),
        p(`完成时限：${milestone.dueDateText}（${chineseDate(milestone.dueDate)}前）。`),
      ])),
];
