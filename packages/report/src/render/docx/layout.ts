/** Millimetres to twips, rounded (docx's own helper truncates: A4 would come out a twip short). */
const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/**
 * GB/T 9704-2012 (党政机关公文格式): A4; top margin 37 mm, binding (left) 28 mm, type area
 * 156 × 225 mm (so right 26 mm, bottom 35 mm); 22 lines of 28 characters of 三号 (16 pt) text.
 */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: {
    top: mm(37),
    bottom: mm(35),
    left: mm(28),
    right: mm(26),
    footer: mm(28),
  },
};

/** 225 mm over 22 lines, in twips (exact line spacing). */
export const LINE = Math.round(mm(225) / 22);

/** Font sizes in half-points: the organ's mark 30 pt, 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
export const SIZE = { organMark: 60, erhao: 44, sanhao: 32, sihao: 28, wuhao: 21 } as const;

/** Fonts by name, as the standard names them. */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Two characters of 三号 text, the first-line indent of a paragraph. */
export const INDENT = 2 * 16 * 20;
