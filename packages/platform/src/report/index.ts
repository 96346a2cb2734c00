export { writeReport, catchUpProjections } from './reportCommand';
export type { ReportOutcome } from './reportCommand';
export { parseReportOptions } from './reportOptions';
export type { ReportCliOptions, ReportJob } from './reportOptions';
export { createReportService } from './reportService';
export type { ReportServiceOptions } from './reportService';
