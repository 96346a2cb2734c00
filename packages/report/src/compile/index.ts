import { createHash } from 'node:crypto';
import { stableStringify } from '@gongkai/domain';
import type { ScoringRules } from '../assessment';
import { DEFAULT_SCORING_RULES } from '../assessment';
import { composeReport } from '../compose';
import type { ReportDocument } from '../document';
import type { ReportFigures } from '../figures';
import { reportFigures } from '../figures';
import type { ReportFormat } from '../render';
import { renderReport } from '../render';
import type { ReportReadSide, ReportRequest } from '../source';
import { loadReportData } from '../source';

export interface CompileReportOptions {
  readSide: ReportReadSide;
  request: ReportRequest;
  /** Default `DEFAULT_SCORING_RULES`. */
  rules?: ScoringRules;
  /** 发文字号 of the document; default the office's prefix and year with the number left blank. */
  documentNumber?: string;
  /** 签发人 of the upward document; default blank, for the signer to write. */
  signer?: string;
  /** After each step (read, compose), for a progress bar. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** A report compiled at one state of the event store, ready to be written in any format. */
export interface CompiledReport {
  document: ReportDocument;
  figures: ReportFigures;
  /** The event-store position compiled at (replaying up to it gives the same report). */
  position: number;
  /** The date the report speaks as of. */
  date: string;
  /** SHA-256 of the canonical JSON of the document and its figures: the same for every format. */
  contentHash: string;
  render(format: ReportFormat): Promise<Buffer>;
}

/**
 * Compiles a report: reads the views at one state (live, or replayed as of `request.asOf`),
 * computes the assessment, lays out the chapters. Nothing reads a clock or a random source, so
 * compiling again at the same position and date gives the same content and the same files.
 */
export const compileReport = async (options: CompileReportOptions): Promise<CompiledReport> => {
  const progress = options.onProgress ?? (() => undefined);
  progress(0, 2, 'reading the views');
  const data = await loadReportData(options.readSide, options.request);
  progress(1, 2, 'composing the report');
  const figures = reportFigures(data, options.rules ?? DEFAULT_SCORING_RULES);
  const document = composeReport(figures, {
    ...(options.documentNumber === undefined ? {} : { documentNumber: options.documentNumber }),
    ...(options.signer === undefined ? {} : { signer: options.signer }),
  });
  const contentHash = createHash('sha256').update(stableStringify({ document, figures })).digest('hex');
  progress(2, 2, 'composed');
  return {
    document,
    figures,
    position: data.position,
    date: data.date,
    contentHash,
    render: (format) => renderReport(document, figures, format),
  };
};
