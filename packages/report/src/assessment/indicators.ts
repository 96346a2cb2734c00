import type { CountyView } from '@gongkai/projections';
import type { AssessmentIndicator } from './rules';

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

const stagesCovered = (stages: readonly { items: number }[]): number | null =>
  share(stages.filter((stage) => stage.items > 0).length, stages.length);

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
      return catalogue.completenessRate;
    case 'cataloguePublication':
      return share(catalogue.published, catalogue.items);
    case 'fiveOpenCoverage':
      return stagesCovered(catalogue.fiveOpenStages);
    case 'chainCoverage':
      return stagesCovered(catalogue.chainStages);
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
