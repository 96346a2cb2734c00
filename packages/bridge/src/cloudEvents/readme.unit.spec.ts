import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { internalEventReasons, publicEventRules } from './allowList';
import {
  ALLOW_LIST_TABLES_END,
  ALLOW_LIST_TABLES_START,
  allowListTables,
  withAllowListTables,
} from './allowListTables';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** A markdown table's rows as trimmed cells, separator rows left out: Prettier's padding does not count. */
const cells = (markdown: string): string[][] =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );

const generatedSection = (text: string): string =>
  text.slice(text.indexOf(ALLOW_LIST_TABLES_START), text.indexOf(ALLOW_LIST_TABLES_END));

describe('the README', () => {
  it('shows the allow-list as it runs (else: pnpm contracts)', () => {
    expect(cells(generatedSection(readme))).toEqual(cells(allowListTables()));
  });

  it('names every public type with each field that goes out and each withheld one, and every type that stays home', () => {
    const rows = cells(allowListTables());
    const rowOf = (type: string) => rows.find(([first]) => first === `\`${type}\``);
    for (const [type, rule] of Object.entries(publicEventRules)) {
      const [, out, kept] = rowOf(type) ?? [];
      for (const field of Object.keys(rule.fields)) expect(out, `${type}.${field}`).toContain(field);
      for (const [field, why] of Object.entries(rule.withheld ?? {}))
        expect(kept, `${type}.${field}`).toContain(`${field}: ${why}`);
    }
    for (const [type, why] of Object.entries(internalEventReasons)) expect(rowOf(type)?.[1]).toBe(why);
  });

  it('lists a nested object with its own fields and a reason-less type with a dash', () => {
    const [, out, kept] = cells(allowListTables()).find(([type]) => type === '`StandardDefined`') ?? [];
    expect(out).toContain('standard (name, legalBasis, contentElements, timeLimit, channels');
    expect(kept).toBe('—');
  });

  it('replaces only what stands between the markers, and refuses a README without them', () => {
    const text = `intro\n${ALLOW_LIST_TABLES_START}\nOLD TABLE\n${ALLOW_LIST_TABLES_END}\noutro`;
    const replaced = withAllowListTables(text);
    expect(replaced.startsWith(`intro\n${ALLOW_LIST_TABLES_START}\n\n| event type`)).toBe(true);
    expect(replaced.endsWith(`\n\n${ALLOW_LIST_TABLES_END}\noutro`)).toBe(true);
    expect(replaced).not.toContain('OLD TABLE');
    expect(() => withAllowListTables('no markers')).toThrow(/lacks the markers/);
  });
});
