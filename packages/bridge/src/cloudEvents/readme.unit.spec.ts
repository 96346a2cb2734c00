import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { internalEventReasons, publicEventRules } from './allowList';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('lists every public event type with its withheld fields, and every event type that stays home', () => {
    const rows = (type: string) => readme.split('\n').filter((line) => line.includes(`\`${type}\``));
    for (const [type, rule] of Object.entries(publicEventRules)) {
      expect(rows(type), type).not.toEqual([]);
      for (const field of Object.keys(rule.withheld ?? {}))
        expect(rows(type).join(), `${type}.${field}`).toContain(field);
      for (const field of Object.keys(rule.fields))
        expect(rows(type).join(), `${type}.${field}`).toContain(field);
    }
    for (const type of Object.keys(internalEventReasons)) expect(rows(type), type).not.toEqual([]);
  });
});
