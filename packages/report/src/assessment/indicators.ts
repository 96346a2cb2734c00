import type { CountyView } from '@gongkai/projections';
import type { AssessmentIndicator } from './rules';

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** The unit's assigned areas, with their figures. */
const assignedAreas = (unit: CountyView) =>
  unit.byArea.filter((area) => unit.assignedAreas.includes(area.area));

/** Per assigned area, the share of the five stages its items cover; the mean over the areas. */
const fiveOpenCoverage = (unit: CountyView): number | null =>
  mean(
    assignedAreas(unit).map(
      (area) =>
        area.catalogue.fiveOpenStages.filter((stage) => stage.items > 0).length /
        Math.max(1, area.catalogue.fiveOpenStages.length),
    ),
  );

/**
 * Per assigned area, which of publication, interpretation and response actually happened (a
 * disclosure published, an interpretation published, a concern answered), ÷ 3; the mean over the
 * areas. What the standards promise is not counted: every standard names all three.
 */
const chainCoverage = (unit: CountyView): number | null =>
  mean(
    assignedAreas(unit).map(
      (area) =>
        [area.disclosures.total, area.interpretations.total, area.responses.total].filter((done) => done > 0)
          .length / 3,
    ),
  );

/** The latest acceptance score: the province's, else the prefecture's (0..100). */
export const acceptanceScoreOf = (unit: CountyView): number | null =>
  unit.acceptance?.province.score ?? unit.acceptance?.prefecture?.score ?? null;

/** One indicator of one unit as a share between 0 and 1; null when the unit has nothing to measure. */
export const indicatorValue = (indicator: AssessmentIndicator, unit: CountyView): number | null => {
  const { catalogue, disclosures, interpretations, feedback } = unit.totals;
  switch (indicator) {
    case 'areaCoverage':
      return share(unit.areasCovered, unit.assignedAreas.length);
    case 'standardCompleteness':
      // The mean share of the standard's elements filled in, over current items with a standard:
      // not the share of complete standards, which equals the share published (only a complete
      // standard can be published).
      return catalogue.averageCompletenessScore;
    case 'cataloguePublication':
      return share(catalogue.published, catalogue.items);
    case 'fiveOpenCoverage':
      return fiveOpenCoverage(unit);
    case 'chainCoverage':
      return chainCoverage(unit);
    case 'timeliness':
      return disclosures.timeliness.onTimeRate;
    case 'interpretationTimeliness':
      return interpretations.onTimeRate;
    case 'satisfaction':
      return feedback.averageSatisfaction === null ? null : feedback.averageSatisfaction / 5;
    case 'acceptance': {
      const score = acceptanceScoreOf(unit);
      return score === null ? null : score / 100;
    }
  }
};
