import { channelNames, standardElements } from '@gongkai/domain';
import type { CatalogueCounters } from '../projectors/catalogue/counters';
import { CHANNEL, codeLists, FEEDBACK, meanSatisfaction } from '../projectors/catalogue/counters';
import type {
  CatalogueFigures,
  ChannelFigures,
  DisclosureFigures,
  FeedbackFigures,
  IndicatorFigures,
  InterpretationFigures,
  ResponseFigures,
  TimelinessFigures,
} from './types';

/** A ratio, or null when there is nothing to divide by. */
export const rate = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? numerator / denominator : null;

const at = (values: readonly number[], index: number): number => values[index] ?? 0;

const perCode = <C extends string, K extends string>(
  codes: readonly C[],
  values: readonly number[],
  key: K,
) =>
  codes.map(
    (code, index) => ({ [key]: code, items: at(values, index) }) as { [P in K]: C } & { items: number },
  );

export const catalogueFigures = (c: CatalogueCounters): CatalogueFigures => ({
  itemsTotal: c.itemsTotal,
  items: c.items,
  draft: c.draft,
  published: c.published,
  retired: c.retired,
  level1Categories: c.level1Names.length,
  withStandard: c.withStandard,
  completeStandards: c.completeStandards,
  completenessRate: rate(c.completeStandards, c.items),
  averageCompletenessScore: rate(c.presentElements, c.withStandard * standardElements.length),
  fiveOpenStages: perCode(codeLists.fiveOpenStages, c.fiveOpenStages, 'stage'),
  chainStages: perCode(codeLists.chainStages, c.chainStages, 'stage'),
  byMode: perCode(codeLists.modes, c.modes, 'mode'),
  byLevel: perCode(codeLists.levels, c.levels, 'level'),
  bySource: perCode(codeLists.sources, c.sources, 'source'),
  revisions: c.revisions,
});

const timeliness = (
  onTime: number,
  late: number,
  notAssessed: number,
  taken: number,
  lateDays: number,
): TimelinessFigures => ({
  onTime,
  late,
  notAssessed,
  onTimeRate: rate(onTime, onTime + late),
  averageWorkingDaysTaken: rate(taken, onTime + late),
  averageWorkingDaysLate: rate(lateDays, late),
});

const byCountThenCode =
  <T extends { channel: string }>(count: (row: T) => number) =>
  (a: T, b: T): number =>
    count(b) - count(a) || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0);

export const disclosureFigures = (c: CatalogueCounters): DisclosureFigures => {
  const byChannel: ChannelFigures[] = [];
  codeLists.channels.forEach((channel, index) => {
    const row = c.channels[index] ?? [];
    const disclosures = at(row, CHANNEL.count);
    if (disclosures === 0) return;
    byChannel.push({
      channel,
      channelName: channelNames[channel],
      disclosures,
      timeliness: timeliness(
        at(row, CHANNEL.onTime),
        at(row, CHANNEL.late),
        at(row, CHANNEL.notAssessed),
        at(row, CHANNEL.taken),
        at(row, CHANNEL.lateDays),
      ),
    });
  });
  return {
    total: c.disclosures,
    timeliness: timeliness(c.onTime, c.late, c.notAssessed, c.workingDaysTaken, c.workingDaysLate),
    byChannel: byChannel.sort(byCountThenCode((row) => row.disclosures)),
    interpreted: c.interpreted,
    responded: c.responded,
  };
};

export const interpretationFigures = (c: CatalogueCounters): InterpretationFigures => ({
  total: c.interpretations,
  onTime: c.interpretationsOnTime,
  late: c.interpretationsLate,
  onTimeRate: rate(c.interpretationsOnTime, c.interpretationsOnTime + c.interpretationsLate),
  byForm: codeLists.forms
    .map((form, index) => ({ form, count: at(c.forms, index) }))
    .filter((row) => row.count > 0),
});

export const responseFigures = (c: CatalogueCounters): ResponseFigures => ({
  total: c.responses,
  linkedToDisclosure: c.responsesLinked,
  averageWorkingDaysTaken: rate(c.responseWorkingDays, c.responses),
  byChannel: codeLists.channels
    .map((channel, index) => ({ channel, count: at(c.responseChannels, index) }))
    .filter((row) => row.count > 0)
    .sort(byCountThenCode((row) => row.count)),
});

export const feedbackFigures = (c: CatalogueCounters): FeedbackFigures => ({
  count: c.feedback,
  averageSatisfaction: meanSatisfaction(c.satisfaction, c.feedback),
  sampleSize: c.sampleSize,
  bySource: codeLists.feedbackKinds.map((kind, index) => {
    const row = c.feedbackKinds[index] ?? [];
    return {
      kind,
      count: at(row, FEEDBACK.count),
      averageSatisfaction: meanSatisfaction(at(row, FEEDBACK.satisfaction), at(row, FEEDBACK.count)),
      sampleSize: at(row, FEEDBACK.sample),
    };
  }),
});

/** The indicator block of a set of counters. */
export const indicatorFigures = (c: CatalogueCounters): IndicatorFigures => ({
  catalogue: catalogueFigures(c),
  disclosures: disclosureFigures(c),
  interpretations: interpretationFigures(c),
  responses: responseFigures(c),
  feedback: feedbackFigures(c),
});
