import type { CompiledReport } from '@gongkai/report';
import { compileReport } from '@gongkai/report';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededReadSide } from './seededReadSide';
import { seededReadSide } from './seededReadSide';

// §4 of issue 15: the DOCX as LibreOffice renders it, converted to PDF and read page by page.

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const TOOLS = has('soffice') && has('pdftotext') && has('pdffonts') && has('pdftoppm');
// Under CI the tools are installed (.ci/run): a missing tool fails there instead of skipping.
const run = TOOLS || process.env.CI === 'true';

const ARTIFACTS = join(process.cwd(), 'test', 'artifacts');

let seeded: SeededReadSide;
let august: CompiledReport;
let directory: string;
let pdf: string;
let pages: string[];

/** pdftotext spaces out digits and Latin text: compare without whitespace. */
const compact = (text: string): string => text.replace(/\s/g, '');

const tool = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8' });

beforeAll(async () => {
  if (!run) return;
  seeded = await seededReadSide();
  august = await compileReport({
    readSide: seeded.views,
    request: { kind: 'august', province: '230000', asOf: { date: '2018-08-31' } },
  });
  directory = mkdtempSync(join(tmpdir(), 'gongkai-pdf-test-'));
  pdf = join(directory, 'august.pdf');
  writeFileSync(pdf, await august.render('pdf'));
  pages = tool('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, -1);
}, 300_000);

afterAll(async () => {
  await seeded?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe.skipIf(!run)('the August report rendered by LibreOffice', () => {
  it('has as many pages as pdfinfo says, the title on the first, each annex on a page of its own', () => {
    const count = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))?.[1]);
    expect(count).toBe(pages.length);
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThan(40);
    expect(compact(pages[0]!)).toContain('黑龙江省人民政府办公厅文件');
    expect(compact(pages[0]!)).toContain('国务院办公厅：');
    august.document.annexes.forEach((annex, index) => {
      const page = pages.find((text) => compact(text).startsWith(`附件${index + 1}`));
      expect(page, `附件${index + 1}`).toBeDefined();
      expect(page!.replace(/\s/g, '')).toContain(annex.title);
    });
    // The signature shares its page with the body's closing lines.
    const signed = pages.find((text) => text.includes('特此报告。'))!;
    expect(compact(signed)).toContain('2018年8月31日');
  });

  it('never breaks a number across lines in the text ("20 / 18年", "1 / 5天")', () => {
    // Reading order without -layout: a prose line ending in a digit followed by one starting with a
    // digit is a number split at the line end (table cells hold a number alone, without Chinese).
    const chinese = /[\u4e00-\u9fff]/;
    const lines = tool('pdftotext', [pdf, '-'])
      .split('\n')
      .map((line) => line.trim());
    const split = lines.flatMap((line, index) => {
      const next = lines[index + 1] ?? '';
      return chinese.test(line) && chinese.test(next) && /\d$/.test(line) && /^\d/.test(next)
        ? [`${line} / ${next}`]
        : [];
    });
    expect(split).toEqual([]);
  });

  it('writes every chart row on one line: the label and its value side by side', () => {
    const lines = pages.flatMap((text) => text.split('\n'));
    for (const block of august.document.blocks) {
      if (block.type !== 'chart') continue;
      for (const bar of block.bars) {
        expect(
          lines.some((line) => compact(line).includes(bar.label) && compact(line).endsWith(bar.text)),
          `${block.caption}: ${bar.label} ${bar.text}`,
        ).toBe(true);
      }
    }
  });

  it('embeds Noto CJK serif for the body and sans for the headings, for the GB fonts it does not have', () => {
    const fonts = tool('pdffonts', [pdf])
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/NotoS(erif|ans)CJK/);
      expect(line).toMatch(/\syes\s+yes\s+yes\s/);
    }
    expect(fonts.some((line) => line.includes('NotoSerifCJK'))).toBe(true);
    expect(fonts.some((line) => line.includes('NotoSansCJK'))).toBe(true);
  });

  it('leaves screenshots of the title page, a chart page and a table page for the next reviewer', () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const shots: [string, number][] = [
      ['report-title-page', 0],
      ['report-chart-page', pages.findIndex((text) => compact(text).includes('图1'))],
      ['report-table-page', pages.findIndex((text) => compact(text).includes('表11'))],
    ];
    for (const [name, index] of shots) {
      expect(index, name).toBeGreaterThanOrEqual(0);
      const prefix = join(directory, name);
      tool('pdftoppm', [
        '-r',
        '80',
        '-png',
        '-singlefile',
        '-f',
        `${index + 1}`,
        '-l',
        `${index + 1}`,
        pdf,
        prefix,
      ]);
      renameSync(`${prefix}.png`, join(ARTIFACTS, `${name}.png`));
    }
  });
});
