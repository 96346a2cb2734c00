import type { TimeLimitRule } from './timeLimit';

type ClauseReader = (clause: string) => TimeLimitRule | undefined;

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 7 → 7, 三十 → 30, 十五 → 15 (numbers below 100, as time limits write them). */
const toNumber = (text: string): number => {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens = '', units = ''] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (char: string) => Math.max(CHINESE_DIGITS.indexOf(char), 0);
  return (text.includes('十') ? (tens === '' ? 1 : digit(tens)) * 10 : 0) + (units === '' ? 0 : digit(units));
};

const NUMBER = '(\\d+|[一二三四五六七八九十]+)';

const number = (pattern: RegExp, clause: string): number | undefined => {
  const digits = pattern.exec(clause)?.[1];
  return digits === undefined ? undefined : toNumber(digits);
};

/** 公示/公告/征求意见 periods: a minimum duration, not a deadline. */
const publicityPeriod: ClauseReader = (clause) => {
  const minDays =
    number(new RegExp(`(?:不少于|不得少于|期限为?|期为)${NUMBER}个?(?:工作)?日`), clause) ??
    number(new RegExp(`(?:公示|公告)${NUMBER}个?(?:工作)?日(?!内)`), clause);
  return minDays === undefined
    ? undefined
    : { type: 'publicity-period', minDays, workingDays: clause.includes('工作日') };
};

const workingDays: ClauseReader = (clause) => {
  const days = number(/(\d+)个?工作日/, clause);
  if (days === undefined) return undefined;
  if (clause.includes('申请')) {
    const extensionDays = number(/延长[^\d]*(\d+)个?工作日/, clause);
    return extensionDays === undefined
      ? { type: 'working-days-after-request', days }
      : { type: 'working-days-after-request', days, extensionDays };
  }
  if (clause.includes('决定')) return { type: 'working-days-after-decision', days };
  if (/形成|变更|制定|获取/.test(clause)) return { type: 'working-days-after-formation', days };
  const event = clause.split(/\d/)[0]?.replace(/(之日起|后|起)$/, '') ?? '';
  return event
    ? { type: 'working-days-after-event', days, event }
    : { type: 'working-days-after-formation', days };
};

const openEnded: ClauseReader = (clause) => {
  if (/实时/.test(clause)) return { type: 'realtime' };
  if (/按进展|进展情况/.test(clause)) return { type: 'progressive' };
  if (/长期|永久/.test(clause)) return { type: 'permanent' };
  if (/及时/.test(clause)) return { type: 'timely' };
  return undefined;
};

const readers: readonly ClauseReader[] = [publicityPeriod, workingDays, openEnded];

/** Clauses split at punctuation; an extension (…可延长…) stays with the deadline it extends. */
const clausesOf = (text: string): string[] =>
  text
    .split(/[；;，,。]/)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0)
    .reduce<string[]>((clauses, clause) => {
      const previous = clauses.at(-1);
      return clause.includes('延长') && previous !== undefined
        ? [...clauses.slice(0, -1), `${previous}，${clause}`]
        : [...clauses, clause];
    }, []);

/**
 * Machine rules read from the wording of a time limit (公开时限), clause by clause: used to upcast
 * standards recorded before time limits were structured. Wording it cannot read yields no rule, so
 * the standard shows as incomplete until someone adds one.
 */
export const timeLimitRulesFromText = (text: string): TimeLimitRule[] =>
  clausesOf(text).flatMap((clause) => {
    const rule = readers.map((read) => read(clause)).find((candidate) => candidate !== undefined);
    return rule ? [rule] : [];
  });
