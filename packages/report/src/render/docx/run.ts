import { TextRun } from 'docx';
import type { IRunOptions } from 'docx';

/**
 * Simplified Chinese for the East Asian text of every run: without it LibreOffice picks Japanese
 * glyph variants. The Western text (digits, Latin) stays English: tagged zh-CN, LibreOffice breaks
 * lines inside numbers ("20 / 18年", "1 / 5天"), as a Chinese line breaker may between ideographs.
 */
export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

export const zhRun = (options: IRunOptions): TextRun => new TextRun({ ...options, language: LANGUAGE });
