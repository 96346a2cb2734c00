import { describe, expect, it } from 'vitest';
import { chineseNumber, numberFigures, p, table } from './blocks';

describe('headings and captions', () => {
  it.each([
    [1, '一'],
    [8, '八'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
  ])('numbers %i as %s', (value, text) => {
    expect(chineseNumber(value)).toBe(text);
  });

  it('numbers tables and charts in order of appearance', () => {
    const blocks = numberFigures([p('正文'), table('a', '甲', ['列'], []), table('b', '乙', ['列'], [])]);
    expect(blocks.flatMap((block) => (block.type === 'table' ? [block.caption] : []))).toEqual([
      '表1\u3000甲',
      '表2\u3000乙',
    ]);
  });
});
