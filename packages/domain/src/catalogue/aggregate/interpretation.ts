import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { ChainStageNotCoveredError, DisclosureUnknownError } from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { DisclosureCommand } from '../disclosure';
import { INTERPRETATION_WORKING_DAYS, timelinessWithin } from '../disclosure';
import type { ChainStage } from '../standard';
import type { CatalogueItemEvent } from './evolve';
import { assertNewRecord, assertUrlForOnlineChannel } from './channelRules';
import { requirePublishedItem } from './guards';
import type { PublishedItem } from './guards';
import type { CatalogueItemState } from './state';

export const assertChainStageCovered = (item: PublishedItem, itemId: string, stage: ChainStage): void => {
  if (!item.standard.chainStages.includes(stage)) throw new ChainStageNotCoveredError({ itemId, stage });
};

/** 解读 of a publication, due within 3 working days of it. */
export const decidePublishInterpretation = (
  { data }: MessageOfType<DisclosureCommand, 'PublishInterpretation'>,
  state: CatalogueItemState,
  context: DecisionContext,
): CatalogueItemEvent[] => {
  const item = requirePublishedItem(state, data.itemId);
  assertNewRecord(data.itemId, 'interpretation', item.interpretations, data.interpretationId);
  const disclosure = item.disclosures[data.disclosureId];
  if (!disclosure) throw new DisclosureUnknownError({ itemId: data.itemId, disclosureId: data.disclosureId });
  assertChainStageCovered(item, data.itemId, 'interpretation');
  assertUrlForOnlineChannel(data.itemId, data.channel, data.url);
  assertNotInFuture(context, { field: 'publishedOn', date: data.publishedOn });
  assertNotBefore(
    { field: 'publishedOn', date: data.publishedOn },
    { field: `disclosure ${data.disclosureId} publishedOn`, date: disclosure.publishedOn },
  );
  const { tenant: _tenant, url, ...rest } = data;
  const timeliness = timelinessWithin(
    'working-days-after-publication',
    INTERPRETATION_WORKING_DAYS,
    disclosure.publishedOn,
    data.publishedOn,
    context.calendar,
  );
  return [{ type: 'InterpretationPublished', data: { ...rest, url: url ?? null, timeliness } }];
};
