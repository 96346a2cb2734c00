import type { IsoDate, ItemStandard } from '@gongkai/domain';
import { addWorkingDays, laterOf, occurredAtOn, workingDayBetween, workingDaysBetween } from '../dates';
import type { PilotTimeline } from '../pilot/timeline';
import { hashString, randomFor } from '../random';
import type { Random } from '../random';
import type { SeedStep } from '../steps';
import { activitySteps } from './activity';
import type { DraftStep } from './activity';
import type { ItemSpec } from './catalogue';
import {
  adjustedStandard,
  chooseVariant,
  incompleteStandard,
  isPublished,
  retirementReason,
} from './variants';
import type { StandardVariant } from './variants';

/** How many disclosure-side commands a published item gets in the unscaled seed. */
const REALISTIC_ACTIVITY = [1, 2, 2, 3, 3, 4, 4, 5, 6, 8] as const;

class StoryWriter {
  readonly steps: DraftStep[] = [];

  constructor(private readonly spec: ItemSpec) {}

  add(name: string, on: IsoDate, command: DraftStep['command']): void {
    this.steps.push({ name, on, actor: this.spec.unit.county, command });
  }

  get base() {
    return { tenant: this.spec.unit.code, itemId: this.spec.itemId };
  }

  revise(name: string, standard: ItemStandard, reason: string, revisedOn: IsoDate): void {
    this.add(name, revisedOn, {
      type: 'ReviseStandard',
      data: { ...this.base, standard, reason, revisedOn },
    });
  }

  retire(random: Random, published: boolean, retiredOn: IsoDate): void {
    const reason = retirementReason(random, published);
    this.add('retire', retiredOn, { type: 'RetireCatalogueItem', data: { ...this.base, reason, retiredOn } });
  }

  get latestOn(): IsoDate {
    return this.steps.reduce((latest, step) => laterOf(latest, step.on), '0000-01-01');
  }
}

interface Drafted {
  writer: StoryWriter;
  /** The date of the standard's latest version. */
  standardOn: IsoDate;
}

/** 梳理 and 编制: the draft and its first standard, completed by a revision when it started incomplete. */
const draftAndDefine = (
  spec: ItemSpec,
  variant: StandardVariant,
  timeline: PilotTimeline,
  random: Random,
) => {
  const writer = new StoryWriter(spec);
  const draftedOn = workingDayBetween(random, timeline.draftFrom, timeline.draftUntil);
  const { level1Name, level2Name, level3Name } = spec.template.name;
  const name = { level1Name, level2Name, ...(level3Name === undefined ? {} : { level3Name }) };
  const source = spec.template.serviceItem ? 'public-service-list' : 'power-responsibility-list';
  writer.add('draft', draftedOn, {
    type: 'DraftCatalogueItem',
    data: { ...writer.base, areaCode: spec.areaCode, name, source, draftedOn },
  });
  const startsIncomplete = !isPublished(variant) || variant === 'completed-by-revision';
  const first = startsIncomplete ? incompleteStandard(spec.template, random) : null;
  const definedOn = addWorkingDays(draftedOn, random.int(2, 10));
  writer.add('standard-1', definedOn, {
    type: 'DefineStandard',
    data: { ...writer.base, standard: first?.standard ?? spec.template, definedOn },
  });
  if (variant !== 'completed-by-revision' || !first) return { writer, standardOn: definedOn };
  const revisedOn = addWorkingDays(definedOn, random.int(5, 15));
  writer.revise('standard-2', spec.template, first.completionReason, revisedOn);
  return { writer, standardOn: revisedOn };
};

/** Lifecycle commands a variant needs besides the disclosure side. */
const lifecycleCount = (variant: StandardVariant): number =>
  ({
    complete: 3,
    'revised-after-publication': 4,
    'completed-by-revision': 4,
    incomplete: 2,
    'incomplete-retired': 3,
    retired: 4,
  })[variant];

/** Publication, the disclosure side, a later revision (动态调整) and retirement. */
const publishAndDisclose = (
  spec: ItemSpec,
  variant: StandardVariant,
  { writer, standardOn }: Drafted,
  timeline: PilotTimeline,
  activities: number,
  random: Random,
): void => {
  const publishedOn = addWorkingDays(standardOn, random.int(1, 8));
  writer.add('publish', publishedOn, { type: 'PublishCatalogueItem', data: { ...writer.base, publishedOn } });
  // A retired item stops being disclosed some months before it leaves the catalogue.
  const until =
    variant === 'retired'
      ? addWorkingDays(
          publishedOn,
          Math.max(10, workingDaysBetween(publishedOn, timeline.activityUntil) >> 1),
        )
      : timeline.activityUntil;
  writer.steps.push(
    ...activitySteps({ spec, standard: spec.template, publishedOn, until, count: activities, random }),
  );
  if (variant === 'revised-after-publication') {
    const earliest = addWorkingDays(publishedOn, 10);
    const adjusted = adjustedStandard(spec.template, random);
    const revisedOn = workingDayBetween(random, earliest, laterOf(earliest, until));
    writer.revise('standard-2', adjusted.standard, adjusted.reason, revisedOn);
  }
  if (variant === 'retired') writer.retire(random, true, addWorkingDays(writer.latestOn, random.int(5, 20)));
};

/** Sorted by date (stable, so a publication stays ahead of its same-day interpretation), then timed. */
const finish = (spec: ItemSpec, steps: readonly DraftStep[]): SeedStep[] => {
  const sorted = [...steps].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  let previous = '';
  let sameDay = 0;
  const correlation = `${spec.unit.code}:${spec.itemId}`;
  // Built field by field: object rest/spread is measurably slow at a million steps.
  return sorted.map((step): SeedStep => {
    sameDay = step.on === previous ? sameDay + 1 : 0;
    previous = step.on;
    const key = `${correlation}:${step.name}`;
    const occurredAt = occurredAtOn(step.on, 9 * 60 + 5 + sameDay * 23 + (hashString(key) % 15));
    return {
      key,
      on: step.on,
      occurredAt,
      actor: step.actor,
      command: step.command,
      correlation,
      timely: step.timely,
    };
  });
};

/**
 * Every command of one catalogue item, in order. With a `budget`, the item gets exactly that many
 * commands when it is published and the budget allows (the scaled seed); without, a realistic number.
 */
export const itemStory = (
  spec: ItemSpec,
  timeline: PilotTimeline,
  seed: number,
  budget?: number,
): SeedStep[] => {
  const random = randomFor(seed, spec.unit.code, spec.itemId);
  const variant = chooseVariant(random, spec.first);
  const drafted = draftAndDefine(spec, variant, timeline, random);
  if (isPublished(variant)) {
    const activities =
      budget === undefined ? random.pick(REALISTIC_ACTIVITY) : Math.max(1, budget - lifecycleCount(variant));
    publishAndDisclose(spec, variant, drafted, timeline, activities, random);
  } else if (variant === 'incomplete-retired') {
    drafted.writer.retire(random, false, addWorkingDays(drafted.standardOn, random.int(15, 40)));
  }
  return finish(spec, drafted.writer.steps);
};
