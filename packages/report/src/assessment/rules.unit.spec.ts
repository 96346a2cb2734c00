import { describe, expect, it } from 'vitest';
import { isScoringRulesInvalidError } from '../errors';
import { ASSESSMENT_INDICATORS, DEFAULT_SCORING_RULES, parseScoringRules } from './rules';

describe('scoring rules', () => {
  it('the documented default weighs every indicator once, 100 in all', () => {
    expect(parseScoringRules(DEFAULT_SCORING_RULES)).toEqual(DEFAULT_SCORING_RULES);
    expect(DEFAULT_SCORING_RULES.rules.map((rule) => rule.indicator).sort()).toEqual(
      [...ASSESSMENT_INDICATORS].sort(),
    );
    expect(DEFAULT_SCORING_RULES.rules.reduce((sum, rule) => sum + rule.weight, 0)).toBe(100);
  });

  it.each([
    ['not an object', 'rules.json'],
    ['no rules', { name: '规则', rules: [] }],
    ['an unknown indicator', { name: '规则', rules: [{ indicator: 'speed', name: '速度', weight: 1 }] }],
    ['a negative weight', { name: '规则', rules: [{ indicator: 'timeliness', name: '时效', weight: -1 }] }],
    [
      'an indicator twice',
      {
        name: '规则',
        rules: [
          { indicator: 'timeliness', name: '时效', weight: 1 },
          { indicator: 'timeliness', name: '时效', weight: 2 },
        ],
      },
    ],
    ['weights summing to 0', { name: '规则', rules: [{ indicator: 'timeliness', name: '时效', weight: 0 }] }],
  ])('refuses rules with %s, saying what to fix', (_, rules) => {
    let caught: unknown;
    try {
      parseScoringRules(rules);
    } catch (error) {
      caught = error;
    }
    expect(isScoringRulesInvalidError(caught)).toBe(true);
    expect((caught as Error).message).toContain('"rules"');
  });
});
