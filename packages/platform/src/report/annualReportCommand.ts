import { writeFileSync } from 'node:fs';
import { compileAnnualReport, ReportRequestInvalidError } from '@gongkai/report';
import type { PlatformConfig } from '../config';
import { createLogger } from '../logger';
import { seedStack } from '../seedStack';
import { openStack } from '../stack';
import type { ReportOutcome } from './reportCommand';
import { catchUpProjections } from './reportCommand';
import type { ReportCliOptions } from './reportOptions';
import { annualReportJob } from './reportOptions';

/** `gongkai report --kind annual --unit <code> --year <y>`: a tenant's annual report on open government information. */
export const writeAnnualReport = async (
  config: PlatformConfig,
  options: ReportCliOptions,
): Promise<
  ReportOutcome & { reportFormat: string; dueDates: { departments: string; governments: string } }
> => {
  const job = annualReportJob(options);
  const logger = createLogger(config);
  const stack = await openStack(config);
  try {
    if ((await stack.eventStore.headPosition()) === 0) {
      if (!job.seed) {
        throw new ReportRequestInvalidError(
          `the data folder ${config.dataDir} holds no events: run \`pnpm gongkai seed\` (or leave out --no-seed).`,
        );
      }
      logger.info(await seedStack(stack), 'seeded an empty data folder with the Heilongjiang pilot');
    }
    const head = await catchUpProjections(stack);
    if (job.request.asOf?.position !== undefined && job.request.asOf.position > head) {
      throw new ReportRequestInvalidError(
        `--at-position ${job.request.asOf.position} is beyond the head of the event store (${head}).`,
      );
    }
    const report = await compileAnnualReport({
      source: stack.applications,
      directory: stack.directory,
      request: job.request,
    });
    const bytes = await report.render(job.format);
    writeFileSync(job.out, bytes);
    return {
      file: job.out,
      kind: 'annual',
      format: job.format,
      reportFormat: report.format,
      dueDates: report.dueDates,
      position: report.position,
      date: report.date,
      contentHash: report.contentHash,
      bytes: bytes.length,
    };
  } finally {
    await stack.close();
  }
};
