import type { AsOf } from '@gongkai/projections';

/** One file of a compiled report, as the API offers it for download. */
export interface ReportFileInfo {
  /** docx, html, md or json. */
  format: string;
  mediaType: string;
}

/** What a compilation produced: the state it was compiled at, its content hash, its files. */
export interface CompiledReportInfo {
  /** The province that reports. */
  tenant: string;
  title: string;
  position: number;
  /** The date the report speaks as of. */
  date: string;
  contentHash: string;
  files: readonly ReportFileInfo[];
}

export interface ReportFile {
  body: Uint8Array;
  mediaType: string;
  fileName: string;
}

/** One scored unit or prefecture of the assessment (考核评估). */
export interface AssessmentRow {
  tenant: string;
  name: string;
  score: number;
  rank: number;
}

export interface AssessmentResult {
  tenant: string;
  /** The name of the scoring rules applied. */
  rules: string;
  position: number;
  date: string;
  /** Weights by indicator, in the rules' order. */
  weights: readonly { indicator: string; name: string; weight: number }[];
  units: readonly (AssessmentRow & { prefecture: string | null; pilotLevel: string | null })[];
  prefectures: readonly (AssessmentRow & { units: number })[];
}

/**
 * The report compiler as the API sees it. The API depends on this interface only; the platform
 * wires the real one (`@gongkai/report`), so `api` never imports `report`.
 */
export interface ReportService {
  /** Compiles the overall report (the August report) of `province` as of `asOf` and keeps its files. */
  compileNationalReport(
    province: string,
    asOf: AsOf & { position: number; date: string },
  ): Promise<CompiledReportInfo>;
  /** A kept file of a report of `tenant`, or null when there is none. */
  download(tenant: string, contentHash: string, format: string): Promise<ReportFile | null>;
  /** The assessment of the pilot units of `tenant` (a province or a prefecture); null for other tenants. */
  assessment(tenant: string, asOf?: AsOf): Promise<AssessmentResult | null>;
}

/** Where a kept report file is served: `GET /reports/<tenant>/<content hash>.<format>`. */
export const reportDownloadPath = (tenant: string, contentHash: string, format: string): string =>
  `/reports/${tenant}/${contentHash}.${format}`;
