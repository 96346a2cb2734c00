import type { DivisionCode, PilotLevel } from '@gongkai/domain';
import type { CountyView } from '@gongkai/projections';
import { indicatorValue } from './indicators';
import type { AssessmentIndicator, ScoringRules } from './rules';

export interface IndicatorScore {
  indicator: AssessmentIndicator;
  name: string;
  weight: number;
  /** The unit's share (0..1), unrounded; null when there was nothing to measure (scores 0). */
  value: number | null;
  /** Points out of the rule's share of 100. */
  points: number;
}

export interface UnitAssessment {
  code: DivisionCode;
  name: string;
  pilotLevel: PilotLevel | null;
  /** The prefecture it reports to; null for a province-administered county. */
  prefecture: DivisionCode | null;
  /** 0..100, two decimals. */
  score: number;
  /** 1 for the highest score (ties share a rank). */
  rank: number;
  indicators: IndicatorScore[];
}

export interface PrefectureAssessment {
  code: DivisionCode;
  name: string;
  /** Its pilot units that were scored. */
  units: number;
  /** Mean of its units' scores, two decimals. */
  score: number;
  rank: number;
}

export interface Assessment {
  rules: ScoringRules;
  units: UnitAssessment[];
  prefectures: PrefectureAssessment[];
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

const ranked = <T extends { score: number; rank: number }>(rows: T[]): T[] => {
  const scores = rows.map((row) => row.score).sort((a, b) => b - a);
  for (const row of rows) row.rank = scores.indexOf(row.score) + 1;
  return rows;
};

const scoreUnit = (
  unit: CountyView,
  rules: ScoringRules,
  prefectures: ReadonlyMap<DivisionCode, string>,
): UnitAssessment => {
  const totalWeight = rules.rules.reduce((sum, rule) => sum + rule.weight, 0);
  const indicators = rules.rules.map(({ indicator, name, weight }) => {
    const value = indicatorValue(indicator, unit);
    return { indicator, name, weight, value, points: round2(((value ?? 0) * weight * 100) / totalWeight) };
  });
  const exact = indicators.reduce((sum, row) => sum + (row.value ?? 0) * row.weight, 0);
  const parent = unit.reportingParent;
  return {
    code: unit.tenant,
    name: unit.name,
    pilotLevel: unit.pilotLevel,
    prefecture: parent !== null && prefectures.has(parent) ? parent : null,
    score: round2((exact * 100) / totalWeight),
    rank: 0,
    indicators,
  };
};

/**
 * 考核评估: every pilot unit scored by the rules, and every prefecture by the mean of its units'
 * scores. Units and prefectures are listed by code, each with its rank.
 */
export const assess = (
  units: readonly CountyView[],
  prefectures: readonly { code: DivisionCode; name: string }[],
  rules: ScoringRules,
): Assessment => {
  const names = new Map(prefectures.map((prefecture) => [prefecture.code, prefecture.name]));
  const scored = ranked(units.map((unit) => scoreUnit(unit, rules, names)));
  const byPrefecture = prefectures.flatMap(({ code, name }) => {
    const own = scored.filter((unit) => unit.prefecture === code);
    if (own.length === 0) return [];
    const mean = own.reduce((sum, unit) => sum + unit.score, 0) / own.length;
    return [{ code, name, units: own.length, score: round2(mean), rank: 0 }];
  });
  return { rules, units: scored, prefectures: ranked(byPrefecture) };
};
