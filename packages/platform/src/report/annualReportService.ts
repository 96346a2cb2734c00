import type { AnnualReportService } from '@gongkai/api';
import type { TenantDirectory } from '@gongkai/domain';
import type { ApplicationViewQueries } from '@gongkai/projections';
import { compileAnnualReport, MEDIA_TYPES, reportFormatOf } from '@gongkai/report';

/** The annual reports the API serves, compiled from the live application views on each request. */
export const createAnnualReportService = (options: {
  applications: ApplicationViewQueries;
  directory: TenantDirectory;
}): AnnualReportService => ({
  render: async ({ tenant, year, format }) => {
    const reportFormat = reportFormatOf(format);
    const report = await compileAnnualReport({
      source: options.applications,
      directory: options.directory,
      request: { unit: tenant, year },
    });
    return {
      fileName: `${report.document.title}.${reportFormat}`,
      mediaType: MEDIA_TYPES[reportFormat],
      body: await report.render(reportFormat),
      reportFormat: report.format,
    };
  },
});
