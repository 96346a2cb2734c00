import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ReportRequestInvalidError } from '../errors';

const run = promisify(execFile);

/** LibreOffice's converter: `GONGKAI_SOFFICE`, else `soffice` on the PATH. */
const soffice = (): string => process.env.GONGKAI_SOFFICE ?? 'soffice';

/** The fallbacks of the report's GB fonts for fontconfig (the same as the DOCX font table declares). */
export const FONTS_CONF = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fonts', 'fonts.conf');

/** The GB fonts and their Simplified-Chinese fallbacks, as LibreOffice's replacement table. */
const REPLACEMENTS: readonly [string, string][] = [
  ['仿宋_GB2312', 'Noto Serif CJK SC'],
  ['方正小标宋简体', 'Noto Serif CJK SC'],
  ['楷体_GB2312', 'Noto Serif CJK SC'],
  ['宋体', 'Noto Serif CJK SC'],
  ['黑体', 'Noto Sans CJK SC'],
];

/**
 * The private profile's settings: replace each GB font missing here by its fallback, always
 * (fontconfig alone lets LibreOffice pick the Japanese face of the Noto CJK collection).
 */
const profileSettings = (): string =>
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<item oor:path="/org.openoffice.Office.Common/Font/Substitution"><prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>' +
  REPLACEMENTS.map(
    ([font, fallback], index) =>
      `<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_${index}" oor:op="replace">` +
      '<prop oor:name="Always" oor:op="fuse"><value>true</value></prop>' +
      '<prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>' +
      `<prop oor:name="ReplaceFont" oor:op="fuse"><value>${font}</value></prop>` +
      `<prop oor:name="SubstituteFont" oor:op="fuse"><value>${fallback}</value></prop>` +
      '</node></item>',
  ).join('') +
  '</oor:items>';

/**
 * A DOCX converted to PDF by LibreOffice (`soffice --headless --convert-to pdf`), in a private
 * profile and temporary folder, with the report's font fallbacks. PDF carries LibreOffice's own
 * creation time: unlike the DOCX it is not byte-identical from one conversion to the next.
 */
export const renderPdf = async (docx: Buffer): Promise<Buffer> => {
  const directory = await mkdtemp(join(tmpdir(), 'gongkai-pdf-'));
  try {
    const input = join(directory, 'report.docx');
    await writeFile(input, docx);
    await mkdir(join(directory, 'profile', 'user'), { recursive: true });
    await writeFile(join(directory, 'profile', 'user', 'registrymodifications.xcu'), profileSettings());
    try {
      await run(
        soffice(),
        [
          '--headless',
          `-env:UserInstallation=${pathToFileURL(join(directory, 'profile')).href}`,
          '--convert-to',
          'pdf',
          '--outdir',
          directory,
          input,
        ],
        {
          timeout: 180_000,
          env: { ...process.env, ...(existsSync(FONTS_CONF) ? { FONTCONFIG_FILE: FONTS_CONF } : {}) },
        },
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ReportRequestInvalidError(
          `--format pdf needs LibreOffice: install it (Debian: apt-get install libreoffice-writer-nogui) or set GONGKAI_SOFFICE to its soffice, or choose --format docx.`,
        );
      }
      throw error;
    }
    return await readFile(join(directory, 'report.pdf'));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
};
