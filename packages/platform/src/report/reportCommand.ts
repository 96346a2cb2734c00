import { writeFileSync } from 'node:fs';
import { createProjectors, projectionContextFor, ProjectionRunner } from '@gongkai/projections';
import type { CompiledReport } from '@gongkai/report';
import { compileReport, ReportRequestInvalidError } from '@gongkai/report';
import type { PlatformConfig } from '../config';
import type { PlatformStack } from '../stack';
import { openStack } from '../stack';
import { createLogger } from '../logger';
import { progressBar } from '../progress';
import { seedStack } from '../seedStack';
import type { ReportCliOptions } from './reportOptions';
import { parseReportOptions } from './reportOptions';
import { writeAnnualReport } from './annualReportCommand';

/** Brings the read models up to the head of the event store, with a progress bar. */
export const catchUpProjections = async (stack: PlatformStack): Promise<number> => {
  const head = await stack.eventStore.headPosition();
  const runner = new ProjectionRunner({
    eventStore: stack.eventStore,
    readModelStore: stack.readModelStore,
    projectors: createProjectors(projectionContextFor(stack.directory)),
    maxBatchSize: 10_000,
  });
  const bar = progressBar('bringing the read models up to date');
  await runner.start();
  const start = runner.status().position;
  const timer = setInterval(() => bar.update(runner.status().position - start, head - start), 200);
  try {
    await runner.waitFor(head);
    bar.update(head - start, head - start);
  } finally {
    clearInterval(timer);
    bar.stop();
    await runner.stop();
  }
  return head;
};

export interface ReportOutcome {
  file: string;
  kind: string;
  format: string;
  position: number;
  date: string;
  contentHash: string;
  bytes: number;
}

/** `gongkai report`: compiles a report from the data folder and writes it to `--out`. */
export const writeReport = async (
  config: PlatformConfig,
  options: ReportCliOptions,
): Promise<ReportOutcome> => {
  if (options.kind === 'annual') return writeAnnualReport(config, options);
  const job = parseReportOptions(options);
  const logger = createLogger(config);
  const stack = await openStack(config);
  try {
    if ((await stack.eventStore.headPosition()) === 0) {
      if (!job.seed) {
        throw new ReportRequestInvalidError(
          `the data folder ${config.dataDir} holds no events: run \`npm run gongkai -- seed\` (or leave out --no-seed), or point GONGKAI_DATA_DIR at a data folder.`,
        );
      }
      logger.info(await seedStack(stack), 'seeded an empty data folder with the Heilongjiang pilot');
    }
    const head = await catchUpProjections(stack);
    const position = job.request.asOf?.position;
    if (position !== undefined && position > head) {
      throw new ReportRequestInvalidError(
        `--at-position ${position} is beyond the head of the event store (${head}).`,
      );
    }
    const bar = progressBar('compiling the report');
    let report: CompiledReport;
    let bytes: Buffer;
    try {
      report = await compileReport({
        readSide: stack.views,
        request: job.request,
        ...(job.rules === undefined ? {} : { rules: job.rules }),
        ...(job.documentNumber === undefined ? {} : { documentNumber: job.documentNumber }),
        ...(job.signer === undefined ? {} : { signer: job.signer }),
        onProgress: (done, total) => bar.update(done, total + 1),
      });
      bytes = await report.render(job.format);
      writeFileSync(job.out, bytes);
      bar.update(3, 3);
    } finally {
      bar.stop();
    }
    return {
      file: job.out,
      kind: job.request.kind,
      format: job.format,
      position: report.position,
      date: report.date,
      contentHash: report.contentHash,
      bytes: bytes.length,
    };
  } finally {
    await stack.close();
  }
};
