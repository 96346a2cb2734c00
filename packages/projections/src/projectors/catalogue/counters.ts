import {
  channelCodes,
  chainStages,
  FeedbackKindSchema,
  fiveOpenStages,
  InterpretationFormSchema,
  ItemSourceSchema,
  LevelSchema,
  ModeSchema,
} from '@gongkai/domain';

/** The code lists counters are indexed by (fixed order: the domain's enums). */
export const codeLists = {
  fiveOpenStages,
  chainStages,
  modes: ModeSchema.options,
  levels: LevelSchema.options,
  sources: ItemSourceSchema.options,
  channels: channelCodes,
  forms: InterpretationFormSchema.options,
  feedbackKinds: FeedbackKindSchema.options,
} as const;

/** Per channel: [publications, on time, late, not assessed, working days taken, working days late]. */
export const CHANNEL = { count: 0, onTime: 1, late: 2, notAssessed: 3, taken: 4, lateDays: 5 } as const;
/** Per feedback kind: [records, satisfaction sum (in `SATISFACTION_UNITS`), sample size]. */
export const FEEDBACK = { count: 0, satisfaction: 1, sample: 2 } as const;

/**
 * Satisfaction is summed in millionths, as integers: a sum is then the same in whatever order its
 * records are added (time travel adds a county's feedback day by day, a replay event by event).
 */
export const SATISFACTION_UNITS = 1_000_000;

export const satisfactionUnits = (satisfaction: number): number =>
  Math.round(satisfaction * SATISFACTION_UNITS);

/** The mean satisfaction of `count` records whose sum in units is `units`; null without records. */
export const meanSatisfaction = (units: number, count: number): number | null =>
  count > 0 ? units / SATISFACTION_UNITS / count : null;

/**
 * Raw, summable counters of a catalogue (one county, one area, or a roll-up): the views derive
 * rates and averages from them. Arrays follow `codeLists`. "Current" items are drafts and published
 * items; retired items only count in `itemsTotal` and `retired`.
 */
export interface CatalogueCounters {
  itemsTotal: number;
  items: number;
  draft: number;
  published: number;
  retired: number;
  withStandard: number;
  completeStandards: number;
  /** Σ present standard elements over current items with a standard (score = this ÷ 11n). */
  presentElements: number;
  revisions: number;
  fiveOpenStages: number[];
  chainStages: number[];
  modes: number[];
  levels: number[];
  sources: number[];
  /**
   * [level-1 name, current items] pairs. In a roll-up the units' lists are concatenated, so the
   * length is the sum of the units' distinct level-1 categories.
   */
  level1Names: [string, number][];
  disclosures: number;
  onTime: number;
  late: number;
  notAssessed: number;
  /** Σ working days taken over assessed publications. */
  workingDaysTaken: number;
  /** Σ working days past the deadline over late publications. */
  workingDaysLate: number;
  interpreted: number;
  responded: number;
  channels: number[][];
  interpretations: number;
  interpretationsOnTime: number;
  interpretationsLate: number;
  forms: number[];
  responses: number;
  responsesLinked: number;
  responseWorkingDays: number;
  responseChannels: number[];
  feedback: number;
  /** Σ satisfaction, in `SATISFACTION_UNITS`. */
  satisfaction: number;
  sampleSize: number;
  feedbackKinds: number[][];
}

const zeros = (length: number): number[] => new Array<number>(length).fill(0);

export const emptyCounters = (): CatalogueCounters => ({
  itemsTotal: 0,
  items: 0,
  draft: 0,
  published: 0,
  retired: 0,
  withStandard: 0,
  completeStandards: 0,
  presentElements: 0,
  revisions: 0,
  fiveOpenStages: zeros(codeLists.fiveOpenStages.length),
  chainStages: zeros(codeLists.chainStages.length),
  modes: zeros(codeLists.modes.length),
  levels: zeros(codeLists.levels.length),
  sources: zeros(codeLists.sources.length),
  level1Names: [],
  disclosures: 0,
  onTime: 0,
  late: 0,
  notAssessed: 0,
  workingDaysTaken: 0,
  workingDaysLate: 0,
  interpreted: 0,
  responded: 0,
  channels: codeLists.channels.map(() => zeros(6)),
  interpretations: 0,
  interpretationsOnTime: 0,
  interpretationsLate: 0,
  forms: zeros(codeLists.forms.length),
  responses: 0,
  responsesLinked: 0,
  responseWorkingDays: 0,
  responseChannels: zeros(codeLists.channels.length),
  feedback: 0,
  satisfaction: 0,
  sampleSize: 0,
  feedbackKinds: codeLists.feedbackKinds.map(() => zeros(3)),
});

const addArray = (target: number[], source: readonly number[]): void => {
  for (let index = 0; index < source.length; index++)
    target[index] = (target[index] ?? 0) + (source[index] ?? 0);
};

/** The scalar counters (summed one by one). */
export const scalarKeys = [
  'itemsTotal',
  'items',
  'draft',
  'published',
  'retired',
  'withStandard',
  'completeStandards',
  'presentElements',
  'revisions',
  'disclosures',
  'onTime',
  'late',
  'notAssessed',
  'workingDaysTaken',
  'workingDaysLate',
  'interpreted',
  'responded',
  'interpretations',
  'interpretationsOnTime',
  'interpretationsLate',
  'responses',
  'responsesLinked',
  'responseWorkingDays',
  'feedback',
  'satisfaction',
  'sampleSize',
] as const satisfies readonly (keyof CatalogueCounters)[];

/** The counters kept per code (arrays following `codeLists`). */
export const arrayKeys = [
  'fiveOpenStages',
  'chainStages',
  'modes',
  'levels',
  'sources',
  'forms',
  'responseChannels',
] as const satisfies readonly (keyof CatalogueCounters)[];

/**
 * Adds `source` into `target` (for roll-ups). Written field by field: a roll-up of the country adds
 * counters some hundred thousand times, and keyed access through a list of names cost it seconds.
 */
export const addCounters = (target: CatalogueCounters, source: CatalogueCounters): CatalogueCounters => {
  target.itemsTotal += source.itemsTotal;
  target.items += source.items;
  target.draft += source.draft;
  target.published += source.published;
  target.retired += source.retired;
  target.withStandard += source.withStandard;
  target.completeStandards += source.completeStandards;
  target.presentElements += source.presentElements;
  target.revisions += source.revisions;
  target.disclosures += source.disclosures;
  target.onTime += source.onTime;
  target.late += source.late;
  target.notAssessed += source.notAssessed;
  target.workingDaysTaken += source.workingDaysTaken;
  target.workingDaysLate += source.workingDaysLate;
  target.interpreted += source.interpreted;
  target.responded += source.responded;
  target.interpretations += source.interpretations;
  target.interpretationsOnTime += source.interpretationsOnTime;
  target.interpretationsLate += source.interpretationsLate;
  target.responses += source.responses;
  target.responsesLinked += source.responsesLinked;
  target.responseWorkingDays += source.responseWorkingDays;
  target.feedback += source.feedback;
  target.satisfaction += source.satisfaction;
  target.sampleSize += source.sampleSize;
  addArray(target.fiveOpenStages, source.fiveOpenStages);
  addArray(target.chainStages, source.chainStages);
  addArray(target.modes, source.modes);
  addArray(target.levels, source.levels);
  addArray(target.sources, source.sources);
  addArray(target.forms, source.forms);
  addArray(target.responseChannels, source.responseChannels);
  source.channels.forEach((row, index) => addArray((target.channels[index] ??= zeros(6)), row));
  source.feedbackKinds.forEach((row, index) => addArray((target.feedbackKinds[index] ??= zeros(3)), row));
  target.level1Names.push(...source.level1Names);
  return target;
};

export const sumCounters = (all: readonly CatalogueCounters[]): CatalogueCounters =>
  all.reduce(addCounters, emptyCounters());

/** Index of a code in its list; -1 for a code the list does not know (it is then not counted). */
export const indexIn = (list: readonly string[], code: string): number => list.indexOf(code);

export const bump = (array: number[], index: number, by: number): void => {
  if (index >= 0 && index < array.length) array[index] = (array[index] ?? 0) + by;
};

export const bumpLevel1 = (counters: CatalogueCounters, name: string, by: number): void => {
  const pairs = counters.level1Names;
  const index = pairs.findIndex(([candidate]) => candidate === name);
  if (index < 0) {
    if (by > 0) pairs.push([name, by]);
    return;
  }
  const pair = pairs[index];
  if (!pair) return;
  pair[1] += by;
  if (pair[1] <= 0) pairs.splice(index, 1);
};
