import { ScoringRulesInvalidError } from '../errors';

/** What a scoring rule can measure: each is a share between 0 and 1 of one unit's figures. */
export const ASSESSMENT_INDICATORS = [
  'areaCoverage',
  'standardCompleteness',
  'cataloguePublication',
  'fiveOpenCoverage',
  'chainCoverage',
  'timeliness',
  'interpretationTimeliness',
  'satisfaction',
  'acceptance',
] as const;
export type AssessmentIndicator = (typeof ASSESSMENT_INDICATORS)[number];

/** How each indicator is computed, in the words the report prints under the rules. */
export const INDICATOR_RULE_TEXT: Readonly<Record<AssessmentIndicator, string>> = {
  areaCoverage: '有已发布事项的试点领域数÷承担的试点领域数',
  standardCompleteness: '已编制标准的事项，其公开标准要素填写完整程度的平均值',
  cataloguePublication: '已纳入标准目录发布的事项数÷现行事项数',
  fiveOpenCoverage: '各试点领域事项覆盖的“五公开”环节数÷5，取各领域平均值',
  chainCoverage: '各试点领域实际开展的发布、解读、回应环节数÷3，取各领域平均值',
  timeliness: '按时限发布的信息条数÷可判定时限的信息条数',
  interpretationTimeliness: '政策文件发布后3个工作日内发布的解读篇数÷解读篇数',
  satisfaction: '社会评价和第三方评估的平均满意度（5分制）÷5',
  acceptance: '省级验收得分（尚未开展省级验收的取市级验收得分）÷100',
};

export interface ScoringRule {
  indicator: AssessmentIndicator;
  /** The Chinese name shown in the report. */
  name: string;
  /** Relative weight (≥ 0); a unit's score is the weighted mean of its indicators, times 100. */
  weight: number;
}

export interface ScoringRules {
  /** Names the rule set in the report, so that a score can be traced to the weights behind it. */
  name: string;
  rules: ScoringRule[];
}

/**
 * The default weights (they sum to 100), documented in the package README. They follow the plan's
 * tasks: the catalogue, its standards and their coverage (55), disclosure and interpretation in
 * time (20), the public's view (10) and acceptance (15); a province replaces them with its own.
 */
export const DEFAULT_SCORING_RULES: ScoringRules = {
  name: '基层政务公开标准化规范化试点考核评估指标（2018年）',
  rules: [
    { indicator: 'areaCoverage', name: '试点领域覆盖率', weight: 10 },
    { indicator: 'standardCompleteness', name: '标准要素完整率', weight: 15 },
    { indicator: 'cataloguePublication', name: '目录发布率', weight: 10 },
    { indicator: 'fiveOpenCoverage', name: '“五公开”覆盖率', weight: 10 },
    { indicator: 'chainCoverage', name: '发布解读回应覆盖率', weight: 10 },
    { indicator: 'timeliness', name: '按时限公开率', weight: 15 },
    { indicator: 'interpretationTimeliness', name: '政策解读及时率', weight: 5 },
    { indicator: 'satisfaction', name: '公众满意度', weight: 10 },
    { indicator: 'acceptance', name: '验收得分', weight: 15 },
  ],
};

const problemOf = (rule: unknown, index: number, seen: Set<string>): string | null => {
  if (typeof rule !== 'object' || rule === null) return `rules[${index}] is not an object`;
  const { indicator, name, weight } = rule as Record<string, unknown>;
  if (typeof indicator !== 'string' || !(ASSESSMENT_INDICATORS as readonly string[]).includes(indicator)) {
    return `rules[${index}].indicator must be one of ${ASSESSMENT_INDICATORS.join(', ')}`;
  }
  if (seen.has(indicator)) return `rules[${index}].indicator ${indicator} appears twice`;
  seen.add(indicator);
  if (typeof name !== 'string' || name.trim() === '') return `rules[${index}].name must be a non-empty name`;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
    return `rules[${index}].weight must be a number ≥ 0`;
  }
  return null;
};

/** Scoring rules read from data (e.g. a JSON file), checked; the error says what to fix. */
export const parseScoringRules = (value: unknown): ScoringRules => {
  const fail = (problem: string): never => {
    throw new ScoringRulesInvalidError(
      `The scoring rules cannot be used: ${problem}. Give { "name": "…", "rules": [{ "indicator": "timeliness", "name": "按时限公开率", "weight": 15 }, …] }.`,
    );
  };
  if (typeof value !== 'object' || value === null) return fail('they are not a JSON object');
  const { name, rules } = value as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return fail('"name" must be a non-empty name');
  if (!Array.isArray(rules) || rules.length === 0) return fail('"rules" must be a non-empty list');
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    const problem = problemOf(rule, index, seen);
    if (problem !== null) fail(problem);
  });
  const parsed = rules as ScoringRule[];
  if (parsed.reduce((sum, rule) => sum + rule.weight, 0) <= 0) return fail('the weights sum to 0');
  return {
    name,
    rules: parsed.map(({ indicator, name: ruleName, weight }) => ({ indicator, name: ruleName, weight })),
  };
};
