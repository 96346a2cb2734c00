import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { FONT } from './docx/layout';
import { LANGUAGE } from './docx/run';
import { renderPdf } from './pdf';

// LibreOffice names every subset it embeds from the Noto CJK collection "NotoSerifCJKjp-…", whichever
// face it drew with, so pdffonts cannot tell Simplified Chinese from Japanese. The glyphs can: 直, 骨,
// 角 and 画 are drawn differently in the SC and JP faces. LibreOffice picks the face of the collection
// by the run's East Asian language, not by the family name, so the report's runs (tagged zh-CN) must
// draw what Simplified Chinese draws, and Japanese text in the Japanese face must draw otherwise.

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
// Under CI the tools are installed (.ci/run): a missing tool fails there instead of skipping.
const run = (has('soffice') && has('pdftoppm')) || process.env.CI === 'true';

const TEXT = '直骨角画说';
const folder = mkdtempSync(join(tmpdir(), 'gongkai-font-face-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The text in `font` at 一号 in `language`, rendered to PDF by LibreOffice, then to a grey bitmap. */
const pixels = async (
  font: string,
  language: { value: string; eastAsia: string },
  name: string,
): Promise<Buffer> => {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun({
                text: TEXT,
                font: { ascii: font, eastAsia: font, hAnsi: font },
                size: 52,
                language,
              }),
            ],
          }),
        ],
      },
    ],
  });
  const pdf = join(folder, `${name}.pdf`);
  writeFileSync(pdf, await renderPdf(await Packer.toBuffer(document)));
  return execFileSync('pdftoppm', ['-gray', '-r', '150', '-f', '1', '-l', '1', pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
};

describe.skipIf(!run)('the report body font rendered by LibreOffice', () => {
  it('draws Simplified Chinese glyphs (the SC face), not the Japanese face of the collection', async () => {
    const body = await pixels(FONT.body, LANGUAGE, 'body');
    const sc = await pixels('Noto Serif CJK SC', { value: 'en-US', eastAsia: 'zh-CN' }, 'sc');
    const jp = await pixels('Noto Serif CJK JP', { value: 'en-US', eastAsia: 'ja-JP' }, 'jp');
    expect(sc.equals(jp), 'the SC and JP faces draw these characters differently').toBe(false);
    expect(body.equals(sc), 'the report body draws the SC glyphs').toBe(true);
  }, 300_000);
});
