import { isBlank } from '../../primitives';
import type { ItemStandard } from './standard';

/** The elements completeness is computed from, in the order of the plan. */
export const standardElements = [
  'name',
  'legalBasis',
  'contentElements',
  'subject',
  'timeLimit',
  'mode',
  'channels',
  'audience',
  'levels',
  'fiveOpenStages',
  'chainStages',
] as const;
export type StandardElement = (typeof standardElements)[number];

const present: Record<StandardElement, (standard: ItemStandard) => boolean> = {
  name: ({ name }) => !isBlank(name.level1Name) && !isBlank(name.level2Name),
  legalBasis: ({ legalBasis }) => legalBasis.length > 0,
  contentElements: ({ contentElements }) => contentElements.length > 0,
  subject: ({ subject }) => !isBlank(subject),
  // Keep the original wording and a machine rule: timeliness needs the rule, readers need the text.
  timeLimit: ({ timeLimit }) => !isBlank(timeLimit.text) && timeLimit.rules.length > 0,
  mode: ({ mode }) => mode.length > 0,
  channels: ({ channels }) => channels.some((channel) => channel.required),
  audience: ({ audience }) => audience.length > 0,
  levels: ({ levels }) => levels.length > 0,
  fiveOpenStages: ({ fiveOpenStages }) => fiveOpenStages.length > 0,
  // Every item at least publishes; interpretation and response are covered where the item needs them.
  chainStages: ({ chainStages }) => chainStages.includes('publication'),
};

export interface StandardCompleteness {
  complete: boolean;
  /** Share of elements present, 0..1. */
  score: number;
  /** Elements still missing, in the order of `standardElements`. */
  missing: StandardElement[];
}

/** Completeness of a standard, computed from its elements. */
export const standardCompleteness = (standard: ItemStandard): StandardCompleteness => {
  const missing = standardElements.filter((element) => !present[element](standard));
  return {
    complete: missing.length === 0,
    score: (standardElements.length - missing.length) / standardElements.length,
    missing,
  };
};
