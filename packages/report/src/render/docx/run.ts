import { TextRun } from 'docx';
import type { IRunOptions } from 'docx';

/** Simplified Chinese on every run: without it LibreOffice picks Japanese glyph variants. */
export const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

export const zhRun = (options: IRunOptions): TextRun => new TextRun({ ...options, language: LANGUAGE });
