export { annualReportDocument, compileAnnualReport } from './annualReport';
export type { AnnualReportRequest, AnnualReportSource, CompiledAnnualReport } from './annualReport';
