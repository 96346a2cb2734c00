// Reports of the pilot: the province's overall report on its national pilots (the August report),
// the summary of its provincial pilots and a pilot unit's own work report, compiled from the read
// side at one event-store position, with the assessment (考核评估) of every unit and prefecture.

export { compileReport } from './compile';
export type { CompileReportOptions, CompiledReport } from './compile';
export { REPORT_KINDS, REPORT_KIND_DEFINITIONS, isReportKind, reportKindOf } from './kinds';
export type { ReportKind, ReportKindDefinition } from './kinds';
export {
  MEDIA_TYPES,
  RENDER_FORMATS,
  REPORT_FORMATS,
  renderPdf,
  renderReport,
  reportFormatOf,
} from './render';
export type { ReportFormat } from './render';
export { loadReportData } from './source';
export type { ReportData, ReportReadSide, ReportRequest } from './source';
export { reportFigures } from './figures';
export type { ReportFigures, UnitFigures } from './figures';
export { composeReport } from './compose';
export type * from './document';
export {
  ASSESSMENT_INDICATORS,
  DEFAULT_SCORING_RULES,
  acceptanceScoreOf,
  assess,
  indicatorValue,
  parseScoringRules,
} from './assessment';
export type {
  Assessment,
  AssessmentIndicator,
  IndicatorScore,
  PrefectureAssessment,
  ScoringRule,
  ScoringRules,
  UnitAssessment,
} from './assessment';
export * from './errors';
export * from './annual';
