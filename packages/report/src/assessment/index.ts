export {
  ASSESSMENT_INDICATORS,
  DEFAULT_SCORING_RULES,
  INDICATOR_RULE_TEXT,
  parseScoringRules,
} from './rules';
export type { AssessmentIndicator, ScoringRule, ScoringRules } from './rules';
export { acceptanceScoreOf, indicatorValue } from './indicators';
export { assess } from './score';
export type { Assessment, IndicatorScore, PrefectureAssessment, UnitAssessment } from './score';
