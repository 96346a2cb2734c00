import type { AnnualReportService } from '@gongkai/api';
import type { TenantDirectory } from '@gongkai/domain';
import type { ApplicationViewQueries } from '@gongkai/projections';
import { compileAnnualReport, MEDIA_TYPES, reportFormatOf, ReportRequestInvalidError } from '@gongkai/report';

/** The annual reports the API serves, compiled on each request from the live application views, or as of a day or position. */
export const createAnnualReportService = (options: {
  applications: ApplicationViewQueries;
  directory: TenantDirectory;
  /** The event store's head: a position beyond it is refused (it would silently mean the head). */
  headPosition: () => Promise<number>;
}): AnnualReportService => ({
  render: async ({ tenant, year, format, asOf }) => {
    const reportFormat = reportFormatOf(format);
    if (asOf?.position !== undefined) {
      const head = await options.headPosition();
      if (asOf.position > head)
        throw new ReportRequestInvalidError(
          `position ${asOf.position} is beyond the head of the event store (${head}): ask at a position up to it.`,
        );
    }
    const report = await compileAnnualReport({
      source: options.applications,
      directory: options.directory,
      request: { unit: tenant, year, ...(asOf === undefined ? {} : { asOf }) },
    });
    return {
      fileName: `${report.document.title}.${reportFormat}`,
      mediaType: MEDIA_TYPES[reportFormat],
      body: await report.render(reportFormat),
      reportFormat: report.format,
      position: report.position,
    };
  },
});
