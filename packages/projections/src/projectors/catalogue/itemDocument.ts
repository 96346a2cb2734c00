import type {
  CatalogueItemEvent,
  ChainStage,
  ChannelCode,
  EventData,
  FiveOpenStage,
  ItemStandard,
  Level,
  Mode,
} from '@gongkai/domain';
import { channelNames, standardCompleteness } from '@gongkai/domain';
import type {
  CatalogueItemView,
  DisclosureView,
  FeedbackView,
  InterpretationView,
  ResponseView,
  TimelinessState,
} from '../../views/types';
import type { CachedDocument } from '../documentCache';

/** Collection of catalogue items: one document per item, `_id` = its stream id. */
export const CATALOGUE_ITEMS = 'catalogueItems';

/** The catalogue connection's order (the views sort by it, the indexes serve it). */
export const catalogueSortFields = ['tenant', 'area', 'level1Name', 'level2Name'] as const;

/**
 * The item as the views serve it, plus flat fields the catalogue connection filters on (arrays for
 * `$contains`).
 */
export type CatalogueItemDocument = CachedDocument &
  CatalogueItemView & {
    _id: string;
    level1Name: string;
    level2Name: string;
    complete: boolean;
    fiveOpenStages: FiveOpenStage[];
    chainStages: ChainStage[];
    modes: Mode[];
    levels: Level[];
    channels: ChannelCode[];
    disclosed: boolean;
  };

export interface ItemOrigin {
  streamId: string;
  tenant: string;
  ancestors: readonly string[];
  areaName: string;
  position: number;
}

export const draftItemDocument = (
  data: EventData<'CatalogueItemDrafted'>,
  origin: ItemOrigin,
): CatalogueItemDocument => ({
  _id: origin.streamId,
  _position: 0,
  tenant: origin.tenant,
  ancestors: origin.ancestors,
  itemId: data.itemId,
  streamId: origin.streamId,
  area: data.areaCode,
  areaName: origin.areaName,
  status: 'draft',
  name: data.name,
  level1Name: data.name.level1Name,
  level2Name: data.name.level2Name,
  source: data.source,
  draftedOn: data.draftedOn,
  standard: null,
  standardVersion: 0,
  standardDatedOn: null,
  completeness: null,
  complete: false,
  standardHistory: [],
  fiveOpenStages: [],
  chainStages: [],
  modes: [],
  levels: [],
  channels: [],
  publishedOn: null,
  publishedStandardVersion: null,
  retiredOn: null,
  retirementReason: null,
  disclosures: [],
  disclosed: false,
  interpretations: [],
  responses: [],
  feedback: [],
  latestOn: data.draftedOn,
  position: origin.position,
});

const setStandard = (
  item: CatalogueItemDocument,
  standard: ItemStandard,
  version: number,
  on: string,
): void => {
  const completeness = standardCompleteness(standard);
  item.standard = standard;
  item.standardVersion = version;
  item.standardDatedOn = on;
  item.completeness = completeness;
  item.complete = completeness.complete;
  item.name = standard.name;
  item.level1Name = standard.name.level1Name;
  item.level2Name = standard.name.level2Name;
  item.fiveOpenStages = [...standard.fiveOpenStages];
  item.chainStages = [...standard.chainStages];
  item.modes = [...standard.mode];
  item.levels = [...standard.levels];
  item.channels = standard.channels.map((channel) => channel.code);
};

const timelinessStateOf = (timeliness: { onTime: boolean } | null): TimelinessState =>
  timeliness === null ? 'not-assessed' : timeliness.onTime ? 'on-time' : 'late';

const laterOf = (a: string | null, b: string): string => (a !== null && a >= b ? a : b);

/** Folds a lifecycle event (draft excluded) into the item. */
const applyLifecycle = (item: CatalogueItemDocument, event: CatalogueItemEvent, position: number): void => {
  switch (event.type) {
    case 'StandardDefined':
      setStandard(item, event.data.standard, event.data.version, event.data.definedOn);
      item.standardHistory.push({
        version: event.data.version,
        reason: null,
        changedElements: [],
        datedOn: event.data.definedOn,
        position,
      });
      item.latestOn = laterOf(item.latestOn, event.data.definedOn);
      return;
    case 'StandardRevised':
      setStandard(item, event.data.standard, event.data.version, event.data.revisedOn);
      item.standardHistory.push({
        version: event.data.version,
        reason: event.data.reason,
        changedElements: [...event.data.changedElements],
        datedOn: event.data.revisedOn,
        position,
      });
      item.latestOn = laterOf(item.latestOn, event.data.revisedOn);
      return;
    case 'CatalogueItemPublished':
      item.status = 'published';
      item.publishedOn = event.data.publishedOn;
      item.publishedStandardVersion = event.data.standardVersion;
      item.latestOn = laterOf(item.latestOn, event.data.publishedOn);
      return;
    case 'CatalogueItemRetired':
      item.status = 'retired';
      item.retiredOn = event.data.retiredOn;
      item.retirementReason = event.data.reason;
      item.latestOn = laterOf(item.latestOn, event.data.retiredOn);
      return;
    default:
      return;
  }
};

// Records are built field by field: rest/spread copies of parsed event data were a third of the
// projection's time (V8 copies them through its slow path and leaves dictionary-mode objects).
const disclosureView = (data: EventData<'DisclosurePublished'>): DisclosureView => ({
  disclosureId: data.disclosureId,
  title: data.title,
  channel: data.channel,
  channelName: channelNames[data.channel],
  channelLabel: data.channelLabel,
  url: data.url,
  reference: data.reference,
  formedOn: data.formedOn,
  publishedOn: data.publishedOn,
  timeliness: data.timeliness,
  timelinessState: timelinessStateOf(data.timeliness),
  interpretationIds: [],
  responseIds: [],
});

const interpretationView = (data: EventData<'InterpretationPublished'>): InterpretationView => ({
  interpretationId: data.interpretationId,
  disclosureId: data.disclosureId,
  title: data.title,
  form: data.form,
  channel: data.channel,
  url: data.url,
  publishedOn: data.publishedOn,
  timeliness: data.timeliness,
});

const responseView = (data: EventData<'ConcernResponded'>): ResponseView => ({
  responseId: data.responseId,
  disclosureId: data.disclosureId,
  concern: data.concern,
  raisedOn: data.raisedOn,
  respondedOn: data.respondedOn,
  channel: data.channel,
  url: data.url,
  workingDaysTaken: data.workingDaysTaken,
});

const feedbackView = (data: EventData<'PublicFeedbackRecorded'>): FeedbackView => ({
  feedbackId: data.feedbackId,
  kind: data.kind,
  evaluator: data.evaluator,
  satisfaction: data.satisfaction,
  sampleSize: data.sampleSize,
  comment: data.comment,
  recordedOn: data.recordedOn,
});

/** Publications stay ordered by publication date, then id (most arrive in that order). */
const insertDisclosure = (item: CatalogueItemDocument, data: EventData<'DisclosurePublished'>): void => {
  const list = item.disclosures;
  let index = list.length;
  while (index > 0) {
    const previous = list[index - 1];
    if (!previous) break;
    const after =
      previous.publishedOn < data.publishedOn ||
      (previous.publishedOn === data.publishedOn && previous.disclosureId <= data.disclosureId);
    if (after) break;
    index--;
  }
  if (index === list.length) list.push(disclosureView(data));
  else list.splice(index, 0, disclosureView(data));
  item.disclosed = true;
  item.latestOn = laterOf(item.latestOn, laterOf(data.formedOn, data.publishedOn));
};

/** The publication an interpretation or response refers to, if the item has it. */
export const disclosureOf = (item: CatalogueItemDocument, disclosureId: string | null) =>
  disclosureId === null ? undefined : item.disclosures.find((d) => d.disclosureId === disclosureId);

/** Folds a disclosure-side event into the item. */
const applyDisclosure = (item: CatalogueItemDocument, event: CatalogueItemEvent): void => {
  switch (event.type) {
    case 'DisclosurePublished':
      insertDisclosure(item, event.data);
      return;
    case 'InterpretationPublished': {
      const record = interpretationView(event.data);
      item.interpretations.push(record);
      (disclosureOf(item, record.disclosureId)?.interpretationIds as string[] | undefined)?.push(
        record.interpretationId,
      );
      item.latestOn = laterOf(item.latestOn, record.publishedOn);
      return;
    }
    case 'ConcernResponded': {
      const record = responseView(event.data);
      item.responses.push(record);
      (disclosureOf(item, record.disclosureId)?.responseIds as string[] | undefined)?.push(record.responseId);
      item.latestOn = laterOf(item.latestOn, laterOf(record.raisedOn, record.respondedOn));
      return;
    }
    case 'PublicFeedbackRecorded': {
      const record = feedbackView(event.data);
      item.feedback.push(record);
      item.latestOn = laterOf(item.latestOn, record.recordedOn);
      return;
    }
    default:
      return;
  }
};

export const isLifecycleEvent = (event: CatalogueItemEvent): boolean =>
  event.type.startsWith('CatalogueItem') || event.type.startsWith('Standard');

/** Folds any item event but the draft into the item document, in place. */
export const applyItemEvent = (
  item: CatalogueItemDocument,
  event: CatalogueItemEvent,
  position: number,
): void => {
  if (isLifecycleEvent(event)) applyLifecycle(item, event, position);
  else applyDisclosure(item, event);
  item.position = position;
};
