import type { CatalogueItemEvent, EventData } from '@gongkai/domain';
import { standardElements } from '@gongkai/domain';
import type { CachedDocument } from '../documentCache';
import type { CatalogueCounters } from './counters';
import {
  bump,
  bumpLevel1,
  CHANNEL,
  codeLists,
  emptyCounters,
  FEEDBACK,
  indexIn,
  satisfactionUnits,
} from './counters';
import type { CatalogueItemDocument } from './itemDocument';
import { disclosureOf } from './itemDocument';

/** Collection of per-county catalogue counters: `_id` = the county's code. */
export const COUNTY_CATALOGUES = 'countyCatalogues';

export interface AreaCounters {
  area: string;
  counters: CatalogueCounters;
}

export type CountyCatalogueDocument = CachedDocument & {
  /** The whole catalogue of the county. */
  totals: CatalogueCounters;
  /** Per area, in the order the areas first appeared. */
  areas: AreaCounters[];
};

export const emptyCountyCatalogue = (
  tenant: string,
  ancestors: readonly string[],
): CountyCatalogueDocument => ({
  _id: tenant,
  _position: 0,
  tenant,
  ancestors,
  totals: emptyCounters(),
  areas: [],
});

const areaCounters = (county: CountyCatalogueDocument, area: string): CatalogueCounters => {
  let entry = county.areas.find((candidate) => candidate.area === area);
  if (!entry) {
    entry = { area, counters: emptyCounters() };
    county.areas.push(entry);
  }
  return entry.counters;
};

/** What an item adds to the counters of the catalogue as it stands (sign -1 takes it away). */
const addItem = (counters: CatalogueCounters, item: CatalogueItemDocument, sign: number): void => {
  if (item.status === 'retired') {
    counters.retired += sign;
    return;
  }
  counters.items += sign;
  if (item.status === 'draft') counters.draft += sign;
  else counters.published += sign;
  bumpLevel1(counters, item.level1Name, sign);
  bump(counters.sources, indexIn(codeLists.sources, item.source), sign);
  if (item.standard === null || item.completeness === null) return;
  counters.withStandard += sign;
  if (item.completeness.complete) counters.completeStandards += sign;
  counters.presentElements += sign * (standardElements.length - item.completeness.missing.length);
  for (const stage of item.fiveOpenStages)
    bump(counters.fiveOpenStages, indexIn(codeLists.fiveOpenStages, stage), sign);
  for (const stage of item.chainStages)
    bump(counters.chainStages, indexIn(codeLists.chainStages, stage), sign);
  for (const mode of item.modes) bump(counters.modes, indexIn(codeLists.modes, mode), sign);
  for (const level of item.levels) bump(counters.levels, indexIn(codeLists.levels, level), sign);
};

/** Both the county's totals and its area's counters. */
const bothOf = (county: CountyCatalogueDocument, area: string): [CatalogueCounters, CatalogueCounters] => [
  county.totals,
  areaCounters(county, area),
];

/** Take the item's current contribution out, before a lifecycle event changes it. */
export const withdrawItem = (county: CountyCatalogueDocument, item: CatalogueItemDocument): void => {
  for (const counters of bothOf(county, item.area)) addItem(counters, item, -1);
};

/** Put the item's contribution in, after a lifecycle event; `drafted` also counts it as a new item. */
export const depositItem = (
  county: CountyCatalogueDocument,
  item: CatalogueItemDocument,
  event: CatalogueItemEvent,
): void => {
  for (const counters of bothOf(county, item.area)) {
    addItem(counters, item, 1);
    if (event.type === 'CatalogueItemDrafted') counters.itemsTotal += 1;
    if (event.type === 'StandardRevised') counters.revisions += 1;
  }
};

const countDisclosure = (
  counters: CatalogueCounters,
  event: Extract<CatalogueItemEvent, { type: 'DisclosurePublished' }>,
): void => {
  const { timeliness, channel } = event.data;
  const row = counters.channels[indexIn(codeLists.channels, channel)];
  counters.disclosures += 1;
  if (row) row[CHANNEL.count] = (row[CHANNEL.count] ?? 0) + 1;
  if (timeliness === null) {
    counters.notAssessed += 1;
    if (row) bump(row, CHANNEL.notAssessed, 1);
    return;
  }
  counters.workingDaysTaken += timeliness.workingDaysTaken;
  if (row) bump(row, CHANNEL.taken, timeliness.workingDaysTaken);
  if (timeliness.onTime) {
    counters.onTime += 1;
    if (row) bump(row, CHANNEL.onTime, 1);
    return;
  }
  const daysLate = Math.max(0, timeliness.workingDaysTaken - timeliness.allowedWorkingDays);
  counters.late += 1;
  counters.workingDaysLate += daysLate;
  if (row) {
    bump(row, CHANNEL.late, 1);
    bump(row, CHANNEL.lateDays, daysLate);
  }
};

type FeedbackData = EventData<'PublicFeedbackRecorded'> | EventData<'PilotFeedbackRecorded'>;

const countFeedback = (
  counters: CatalogueCounters,
  { satisfaction, sampleSize, kind }: FeedbackData,
): void => {
  counters.feedback += 1;
  const units = satisfactionUnits(satisfaction);
  counters.satisfaction += units;
  counters.sampleSize += sampleSize ?? 0;
  const row = counters.feedbackKinds[indexIn(codeLists.feedbackKinds, kind)];
  if (row) {
    bump(row, FEEDBACK.count, 1);
    bump(row, FEEDBACK.satisfaction, units);
    bump(row, FEEDBACK.sample, sampleSize ?? 0);
  }
};

/**
 * Feedback on the pilot as a whole (its special-topic home) counts in the county's totals beside
 * the feedback on its items; it belongs to no area.
 */
export const countPilotFeedback = (
  county: CountyCatalogueDocument,
  data: EventData<'PilotFeedbackRecorded'>,
): void => countFeedback(county.totals, data);

/**
 * Counts a disclosure-side event; call it before the event is folded into the item (it looks at
 * whether the publication was already interpreted or responded to).
 */
export const countActivity = (
  county: CountyCatalogueDocument,
  item: CatalogueItemDocument,
  event: CatalogueItemEvent,
): void => {
  for (const counters of bothOf(county, item.area)) {
    switch (event.type) {
      case 'DisclosurePublished':
        countDisclosure(counters, event);
        break;
      case 'InterpretationPublished': {
        counters.interpretations += 1;
        if (event.data.timeliness.onTime) counters.interpretationsOnTime += 1;
        else counters.interpretationsLate += 1;
        bump(counters.forms, indexIn(codeLists.forms, event.data.form), 1);
        if (disclosureOf(item, event.data.disclosureId)?.interpretationIds.length === 0)
          counters.interpreted += 1;
        break;
      }
      case 'ConcernResponded': {
        counters.responses += 1;
        counters.responseWorkingDays += event.data.workingDaysTaken;
        bump(counters.responseChannels, indexIn(codeLists.channels, event.data.channel), 1);
        if (event.data.disclosureId !== null) {
          counters.responsesLinked += 1;
          if (disclosureOf(item, event.data.disclosureId)?.responseIds.length === 0) counters.responded += 1;
        }
        break;
      }
      case 'PublicFeedbackRecorded':
        countFeedback(counters, event.data);
        break;
      default:
        break;
    }
  }
};
