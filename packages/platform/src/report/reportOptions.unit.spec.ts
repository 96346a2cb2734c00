import { isReportRequestInvalidError } from '@gongkai/report';
import { describe, expect, it } from 'vitest';
import type { ReportCliOptions } from './reportOptions';
import { parseReportOptions } from './reportOptions';

const options = (overrides: Partial<ReportCliOptions> = {}): ReportCliOptions => ({
  province: '230000',
  kind: 'august',
  out: 'report.docx',
  seed: true,
  ...overrides,
});

const refusal = (overrides: Partial<ReportCliOptions>): string => {
  try {
    parseReportOptions(options(overrides));
  } catch (error) {
    if (isReportRequestInvalidError(error)) return error.message;
    throw error;
  }
  throw new Error('accepted');
};

describe('gongkai report options', () => {
  it('takes the 发文字号 and 签发人 the office registered, in their GB/T 9704 form', () => {
    const job = parseReportOptions(
      options({ documentNumber: '黑政办报〔2018〕12号', signer: '阿卜杜·热合曼' }),
    );
    expect(job).toMatchObject({ documentNumber: '黑政办报〔2018〕12号', signer: '阿卜杜·热合曼' });
    expect(refusal({ documentNumber: '黑政办报[2018]12号' })).toContain('六角括号');
    expect(refusal({ documentNumber: '黑政办报〔2018〕012号' })).toContain('no leading zero');
    expect(refusal({ signer: '张\u0000三' })).toContain('--signer');
  });

  it('reads the August report as of a date, the format from the file name', () => {
    expect(parseReportOptions(options({ asOf: '2018-08-31' }))).toEqual({
      request: { kind: 'august', province: '230000', asOf: { date: '2018-08-31' } },
      format: 'docx',
      out: 'report.docx',
      seed: true,
    });
  });

  it('reads a unit report at a position, in the format asked for', () => {
    const job = parseReportOptions(
      options({ kind: 'unit', unit: '230102', atPosition: '1200', format: 'markdown', out: 'daoli.txt' }),
    );
    expect(job.request).toEqual({
      kind: 'unit',
      unit: '230102',
      province: '230000',
      asOf: { position: 1200 },
    });
    expect(job.format).toBe('md');
  });

  it('takes pdf as a format, by option or by the file name', () => {
    expect(parseReportOptions(options({ out: 'august.pdf' })).format).toBe('pdf');
    expect(parseReportOptions(options({ format: 'pdf' })).format).toBe('pdf');
  });

  it.each([
    [{ province: '23' }, '--province must be a 6-digit division code'],
    [{ asOf: '2018-02-30' }, '--as-of must be a calendar date'],
    [{ atPosition: '-1' }, '--at-position must be an event-store position'],
    [{ kind: 'monthly' }, 'unknown report kind "monthly"'],
    [{ kind: 'unit' }, '--kind unit needs --unit'],
    [{ unit: '230102' }, '--unit is for --kind unit only'],
    [{ out: 'report' }, 'give --format'],
    [{ format: 'odt' }, 'unknown report format "odt": use one of docx, html, md, json, pdf'],
    [{ scoring: '/nonexistent/rules.json' }, 'cannot read the scoring rules file'],
  ])('refuses %j, saying what to fix', (overrides, message) => {
    expect(refusal(overrides)).toContain(message);
  });
});
