export { reportDownloadPath } from './reportService';
export type {
  AssessmentResult,
  AssessmentRow,
  CompiledReportInfo,
  ReportFile,
  ReportFileInfo,
  ReportService,
} from './reportService';
export { reportDownloads } from './downloadRoute';
export type { ReportDownloadOptions } from './downloadRoute';
export { annualReportDownloads } from './annualReportRoute';
export type { AnnualReportService } from './annualReportRoute';
