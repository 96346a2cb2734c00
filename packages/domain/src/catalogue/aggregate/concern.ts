import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { DisclosureUnknownError } from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { DisclosureCommand } from '../disclosure';
import type { CatalogueItemEvent } from './evolve';
import { assertNewRecord, assertUrlForOnlineChannel } from './channelRules';
import { requirePublishedItem } from './guards';
import { assertChainStageCovered } from './interpretation';
import type { CatalogueItemState } from './state';

/** 回应关切: a public concern about the item answered, with the working days it took. */
export const decideRespondToConcern = (
  { data }: MessageOfType<DisclosureCommand, 'RespondToConcern'>,
  state: CatalogueItemState,
  context: DecisionContext,
): CatalogueItemEvent[] => {
  const item = requirePublishedItem(state, data.itemId);
  assertNewRecord(data.itemId, 'response', item.responses, data.responseId);
  if (data.disclosureId !== undefined && !item.disclosures[data.disclosureId]) {
    throw new DisclosureUnknownError({ itemId: data.itemId, disclosureId: data.disclosureId });
  }
  assertChainStageCovered(item, data.itemId, 'response');
  assertUrlForOnlineChannel(data.itemId, data.channel, data.url);
  assertNotInFuture(
    context,
    { field: 'raisedOn', date: data.raisedOn },
    { field: 'respondedOn', date: data.respondedOn },
  );
  assertNotBefore(
    { field: 'respondedOn', date: data.respondedOn },
    { field: 'raisedOn', date: data.raisedOn },
  );
  const { tenant: _tenant, disclosureId, url, ...rest } = data;
  return [
    {
      type: 'ConcernResponded',
      data: {
        ...rest,
        disclosureId: disclosureId ?? null,
        url: url ?? null,
        workingDaysTaken: context.calendar.workingDaysBetween(data.raisedOn, data.respondedOn),
      },
    },
  ];
};
