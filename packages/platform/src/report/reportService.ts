import type { AssessmentResult, CompiledReportInfo, ReportService } from '@gongkai/api';
import type { TenantDirectory } from '@gongkai/domain';
import type { AsOf } from '@gongkai/projections';
import type { ReportFormat, ReportReadSide, ScoringRules } from '@gongkai/report';
import { DEFAULT_SCORING_RULES, MEDIA_TYPES, REPORT_FORMATS, assess, compileReport } from '@gongkai/report';
import { createReportFiles } from './reportFiles';

export interface ReportServiceOptions {
  readSide: ReportReadSide;
  directory: TenantDirectory;
  /** Where compiled reports are kept: `<folder>/<tenant>/<content hash>.<format>`. */
  folder: string;
  /** Reports kept per tenant, the least recently compiled evicted first (default 10). */
  kept?: number;
  rules?: ScoringRules;
}

const HASH = /^[0-9a-f]{64}$/;

const isFormat = (format: string): format is ReportFormat =>
  (REPORT_FORMATS as readonly string[]).includes(format);

/** The province a tenant lies in (itself for a province); undefined for other tenants. */
const provinceOf = (directory: TenantDirectory, code: string): string | undefined => {
  const unit = directory.get(code);
  if (unit?.tier === 'province') return code;
  return directory.ancestors(code).find((ancestor) => directory.get(ancestor)?.tier === 'province');
};

/**
 * The report compiler behind the API: compiles with `@gongkai/report`, keeps every format of a
 * compiled report on disk under its content hash (the same content is the same file; a bounded
 * number of reports a tenant, the least recently compiled evicted), and scores
 * the assessment with the same rules as the reports.
 */
export const createReportService = (options: ReportServiceOptions): ReportService => {
  const rules = options.rules ?? DEFAULT_SCORING_RULES;
  const files = createReportFiles({
    folder: options.folder,
    ...(options.kept === undefined ? {} : { kept: options.kept }),
  });
  return {
    async compileNationalReport(province, asOf): Promise<CompiledReportInfo> {
      const report = await compileReport({
        readSide: options.readSide,
        request: { kind: 'august', province, asOf },
        rules,
      });
      const rendered = [];
      for (const format of REPORT_FORMATS) rendered.push({ format, body: await report.render(format) });
      files.keep(province, report.contentHash, rendered);
      return {
        tenant: province,
        title: report.document.title,
        position: report.position,
        date: report.date,
        contentHash: report.contentHash,
        files: REPORT_FORMATS.map((format) => ({ format, mediaType: MEDIA_TYPES[format] })),
      };
    },

    download(tenant, contentHash, format) {
      if (!HASH.test(contentHash) || !isFormat(format) || !/^\d{6}$/.test(tenant))
        return Promise.resolve(null);
      const body = files.read(tenant, contentHash, format);
      if (body === null) return Promise.resolve(null);
      return Promise.resolve({
        body,
        mediaType: MEDIA_TYPES[format],
        fileName: `report-${tenant}-${contentHash.slice(0, 12)}.${format}`,
      });
    },

    async assessment(tenant, asOf?: AsOf): Promise<AssessmentResult | null> {
      const tier = options.directory.get(tenant)?.tier;
      const province = provinceOf(options.directory, tenant);
      if ((tier !== 'province' && tier !== 'prefecture') || province === undefined) return null;
      return options.readSide.readTogether(province, asOf, async (views, basis) => {
        const provinceView = await views.province(province, basis);
        if (provinceView === null) return null;
        const codes = provinceView.counties
          .filter(
            (row) => row.pilotLevel !== null && (row.tenant === tenant || row.ancestors.includes(tenant)),
          )
          .map((row) => row.tenant);
        const units = (await Promise.all(codes.map((code) => views.county(code, basis)))).flatMap((unit) =>
          unit === null ? [] : [unit],
        );
        const prefectures = provinceView.prefectures
          .filter((row) => row.tenant === tenant || tier === 'province')
          .map((row) => ({ code: row.tenant, name: row.name }));
        const result = assess(units, prefectures, rules);
        return {
          tenant,
          rules: rules.name,
          position: basis.position,
          date: basis.date,
          weights: rules.rules.map(({ indicator, name, weight }) => ({ indicator, name, weight })),
          units: result.units.map(({ code, name, pilotLevel, prefecture, score, rank }) => ({
            tenant: code,
            name,
            pilotLevel,
            prefecture,
            score,
            rank,
          })),
          prefectures: result.prefectures.map(({ code, name, units: count, score, rank }) => ({
            tenant: code,
            name,
            units: count,
            score,
            rank,
          })),
        };
      });
    },
  };
};
