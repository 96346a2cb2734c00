import { describe, expect, it } from 'vitest';
import { TITLE_LINE, titleLines } from './officialForm';

describe('titleLines', () => {
  it('breaks the August title between words, never inside 标准化 or a name, lines within the type area', () => {
    const title = '黑龙江省人民政府办公厅关于基层政务公开标准化规范化国家级试点工作情况的报告';
    const lines = titleLines(title, ['黑龙江省']);
    expect(lines.join('')).toBe(title);
    expect(lines.every((line) => line.length <= TITLE_LINE)).toBe(true);
    for (let index = 1; index < lines.length; index++) {
      const joint = `${lines[index - 1]!.slice(-2)}|${lines[index]!.slice(0, 2)}`;
      expect(joint).not.toMatch(/标\|准|准\|化|公\|开|办\|公|省\|人|\|的/);
    }
    expect(lines).toEqual([
      '黑龙江省人民政府办公厅关于',
      '基层政务公开标准化规范化',
      '国家级试点工作情况的报告',
    ]);
  });

  it('keeps a short title on one line and a unit name whole', () => {
    expect(titleLines('关于杜尔伯特蒙古族自治县试点工作的报告', ['杜尔伯特蒙古族自治县'])).toEqual([
      '关于杜尔伯特蒙古族自治县试点工作的报告',
    ]);
    const lines = titleLines(
      '大庆市人民政府关于杜尔伯特蒙古族自治县基层政务公开标准化规范化试点工作情况的报告',
      ['大庆市', '杜尔伯特蒙古族自治县'],
    );
    expect(lines.some((line) => line.includes('杜尔伯特蒙古族自治县'))).toBe(true);
  });
});
