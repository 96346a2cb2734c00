import { describe, expect, it } from 'vitest';
import { chineseDate, decimal, percent, score, yesNo } from './format';

describe('figures as the report prints them', () => {
  it('prints dates the Chinese way and a missing figure as a dash', () => {
    expect(chineseDate('2018-08-31')).toBe('2018年8月31日');
    expect(chineseDate(null)).toBe('—');
    expect(percent(null)).toBe('—');
    expect(decimal(null)).toBe('—');
    expect(yesNo(null)).toBe('—');
  });

  it('rounds shares to a tenth of a percent and scores to a tenth', () => {
    expect(percent(0.8756)).toBe('87.6%');
    expect(percent(1)).toBe('100.0%');
    expect(score(90.36)).toBe('90.4');
    expect(decimal(3.975)).toBe('3.98');
    expect(yesNo(true)).toBe('通过');
  });
});
