import type { SelfAssessmentView } from '@gongkai/projections';
import type { Block } from '../document';
import type { ReportFigures } from '../figures';
import { h1, p } from './blocks';

/** One paragraph a unit, in its own words, or a line saying the units have not submitted it yet. */
const fromSelfAssessments = (
  figures: ReportFigures,
  field: keyof Omit<SelfAssessmentView, 'submittedOn'>,
  missing: string,
): Block[] => {
  const submitted = figures.units.flatMap((unit) => {
    const text = unit.acceptance?.selfAssessment?.[field];
    return text === undefined ? [] : [{ name: unit.name, text }];
  });
  if (submitted.length === 0) return [p(missing)];
  return submitted.map(({ name, text }) => p(figures.units.length > 1 ? `${name}：${text}` : text));
};

/** 主要做法, from the units' self-assessments. */
export const practices = (figures: ReportFigures, index: number): Block[] => [
  h1(index, '主要做法'),
  p(
    '围绕梳理公开事项、编制公开标准、规范公开流程、完善公开方式四项任务，各试点单位的主要做法如下（摘自各单位自评总结）。',
  ),
  ...fromSelfAssessments(figures, 'practices', '截至报告日期，试点单位尚未报送自评总结。'),
];

/** 存在的困难和问题, from the self-assessments. */
export const difficulties = (figures: ReportFigures, index: number): Block[] => [
  h1(index, '存在的困难和问题'),
  ...fromSelfAssessments(figures, 'difficulties', '截至报告日期，试点单位尚未报送自评总结。'),
];

/** 意见建议, from the self-assessments. */
export const suggestions = (figures: ReportFigures, index: number): Block[] => [
  h1(index, '意见建议'),
  ...fromSelfAssessments(figures, 'suggestions', '截至报告日期，试点单位尚未报送自评总结。'),
];
