import type { IsoDate } from '@gongkai/domain';

/** What every format prints for a figure that has no value (a rate with nothing to divide). */
const NONE = '—';

/** 2018-08-31 → 2018年8月31日 */
export const chineseDate = (date: IsoDate | null): string =>
  date === null
    ? NONE
    : `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

export const count = (value: number): string => String(value);

/** A share 0..1 as a percentage with one decimal: 0.8756 → 87.6%. */
export const percent = (value: number | null): string =>
  value === null ? NONE : `${(Math.round(value * 1000) / 10).toFixed(1)}%`;

export const decimal = (value: number | null, digits = 2): string =>
  value === null ? NONE : value.toFixed(digits);

/** A score out of 100, one decimal. */
export const score = (value: number | null): string => (value === null ? NONE : value.toFixed(1));

export const yesNo = (value: boolean | null): string => (value === null ? NONE : value ? '通过' : '未通过');

/** 附件说明: "附件：1.…" then the further annexes aligned under the first, one line each. */
export const annexNote = (document: { annexes: readonly { title: string }[] }): string[] =>
  document.annexes.length === 0
    ? []
    : document.annexes.length === 1
      ? [`附件：${document.annexes[0]!.title}`]
      : document.annexes.map(
          (annex, index) => `${index === 0 ? '附件：' : '\u3000\u3000\u3000'}${index + 1}.${annex.title}`,
        );
