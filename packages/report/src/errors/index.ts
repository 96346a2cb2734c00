export {
  REPORT_REQUEST_INVALID,
  ReportRequestInvalidError,
  isReportRequestInvalidError,
} from './reportRequestInvalidError';
export {
  SCORING_RULES_INVALID,
  ScoringRulesInvalidError,
  isScoringRulesInvalidError,
} from './scoringRulesInvalidError';
