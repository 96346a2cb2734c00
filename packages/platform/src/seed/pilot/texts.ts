import type { Finding, IsoDate } from '@gongkai/domain';
import type { Random } from '../random';
import type { UnitStats } from '../stats';
import { HEILONGJIANG, seedDirectory } from '../units';
import type { SeedUnit } from '../units';

const areaNames = new Map(seedDirectory.pilotAreas(HEILONGJIANG).map((area) => [area.code, area.name]));

/** 2018-06-25 → 2018年6月25日 */
export const chineseDate = (date: IsoDate): string =>
  `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

const areasText = (unit: SeedUnit): string =>
  unit.areas
    .slice(0, 4)
    .map((code) => areaNames.get(code) ?? code)
    .join('、');

const practicesPool = (unit: SeedUnit, random: Random): string[] => [
  `成立由${unit.name}政府主要负责同志任组长的试点工作领导小组，印发实施方案，明确${unit.areas.length}个试点领域的牵头部门、责任分工和完成时限。`,
  `以权责清单和公共服务事项清单为基础，对${areasText(unit)}等领域逐项梳理公开事项，按照名称、依据、内容、主体、时限、方式六要素编制公开标准，形成政务公开事项标准目录。`,
  '把政府门户网站作为信息公开第一平台，开设基层政务公开标准化规范化试点专题，同步运用政务微博、微信公众号和村（社区）公示栏、政务服务中心电子屏等渠道发布信息。',
  '建立政策文件与解读材料同步起草、同步审签、同步发布机制，对涉及群众切身利益的事项及时回应社会关切。',
  '将试点工作纳入年度绩效考核，邀请人大代表、政协委员和群众代表开展评议，委托第三方机构对试点情况进行评估。',
  `组织乡镇（街道）和部门业务骨干开展专题培训${random.int(3, 9)}期，编印公开事项标准目录操作手册。`,
];

const difficultiesPool = (stats: UnitStats): string[] => [
  '乡镇（街道）政务公开工作人员多为兼职，业务能力参差不齐，标准执行不够到位。',
  '部分试点领域缺少上级部门统一的公开标准指引，事项名称和公开要素在部门之间不一致。',
  '政府网站、政务服务平台和部门业务系统数据不互通，同一信息需要多头录入。',
  `${stats.late > 0 ? `仍有${stats.late}条信息超过公开时限发布，` : ''}部分部门对“信息形成之日”的理解不统一，时限管理有待加强。`,
  '政策解读形式以文字为主，图解、视频等群众喜闻乐见的形式运用不足。',
  '村级公示栏和电子屏建设经费不足，偏远村屯的信息公开渠道有限。',
];

const SUGGESTIONS = [
  '建议省级层面按领域出台统一的公开事项标准目录模板，便于基层对标对表。',
  '建议加强对基层政务公开工作人员的业务培训和工作指导。',
  '建议推动政府网站与政务服务平台、部门业务系统数据对接，实现一次录入、多渠道发布。',
  '建议将政务公开标准化规范化工作纳入各级政府绩效考核，并给予必要的经费保障。',
  '建议建立试点领域公开标准动态调整机制，根据法律法规变化及时更新目录。',
];

const resultsText = (stats: UnitStats, random: Random): string => {
  const feedback =
    stats.feedback > 0
      ? `开展群众满意度调查和第三方评估${stats.feedback}次，平均满意度${stats.meanSatisfaction}分（满分5分）。`
      : '';
  return [
    `截至${chineseDate(stats.asOf)}，共梳理公开事项${stats.drafted}项，其中${stats.published}项标准要素齐全，纳入公开事项标准目录发布；`,
    `主动公开信息${stats.disclosures}条，按期公开率${stats.onTimeRate}%；发布政策解读${stats.interpretations}篇，回应社会关切${stats.responses}件。`,
    feedback,
    random.pick([
      '群众办事查询更加便捷，政务公开的针对性和实效性明显提升。',
      '基层政务公开从“政府公开什么”向“群众需要什么”转变，群众获得感明显增强。',
    ]),
  ].join('');
};

export interface SelfAssessmentText {
  practices: string;
  results: string;
  difficulties: string;
  suggestions: string;
}

/** 主要做法、成效、困难问题、建议, with the unit's own figures. */
export const selfAssessmentText = (
  unit: SeedUnit,
  stats: UnitStats,
  random: Random,
  rectified: readonly string[] = [],
): SelfAssessmentText => {
  const rectification = rectified.length > 0 ? `针对验收反馈问题逐项整改：${rectified.join('')}` : '';
  return {
    practices: random.sample(practicesPool(unit, random), random.int(3, 5)).join(''),
    results: rectification + resultsText(stats, random),
    difficulties: random.sample(difficultiesPool(stats), random.int(2, 3)).join(''),
    suggestions: random.sample(SUGGESTIONS, random.int(2, 3)).join(''),
  };
};

/** Findings of a passed acceptance, each with its kind. */
const PASS_FINDINGS: readonly Finding[] = [
  { kind: 'strength', text: '公开事项目录覆盖全部试点领域，公开标准要素齐全。' },
  { kind: 'strength', text: '试点工作专题栏目内容丰富，信息更新及时。' },
  { kind: 'strength', text: '政策解读与文件同步发布，解读形式较为多样。' },
  { kind: 'problem', text: '个别事项超期公开，需进一步加强时限管理。' },
  { kind: 'problem', text: '部分村级公示栏信息更新不够及时。' },
  { kind: 'requirement', text: '建议进一步拓展政务新媒体发布渠道。' },
];

/** Findings of a failed acceptance: problems. */
const FAIL_FINDINGS: readonly Finding[] = [
  { kind: 'problem', text: '部分事项公开标准要素缺失，公开依据、公开时限不明确。' },
  { kind: 'problem', text: '政策解读未做到与政策文件同步发布。' },
  { kind: 'problem', text: '超期公开信息比例偏高，时限管理不到位。' },
  { kind: 'problem', text: '试点工作专题栏目信息更新滞后，部分链接无法打开。' },
];

const RECTIFICATION_ITEMS = [
  '补齐缺失的公开标准要素，重新发布公开事项标准目录。',
  '建立政策文件与解读材料同步审签、同步发布机制。',
  '对超期公开信息逐条说明原因，建立公开时限预警机制。',
  '全面排查试点专题栏目，更新滞后信息，修复失效链接。',
];

export const acceptanceFindings = (passed: boolean, random: Random): Finding[] =>
  passed ? random.sample(PASS_FINDINGS, random.int(1, 3)) : random.sample(FAIL_FINDINGS, random.int(2, 3));

export const rectificationItems = (random: Random): string[] =>
  random.sample(RECTIFICATION_ITEMS, random.int(2, 3));

export const planTitle = (unit: SeedUnit, version: number): string =>
  `${unit.name}开展基层政务公开标准化规范化试点工作实施方案${version > 1 ? '（修订）' : ''}`;

export const reportTitle = (unit: SeedUnit): string =>
  unit.throughPrefecture
    ? `${unit.reportingParent.name}关于${unit.name}基层政务公开标准化规范化试点工作的报告`
    : `${unit.name}基层政务公开标准化规范化试点工作报告`;
