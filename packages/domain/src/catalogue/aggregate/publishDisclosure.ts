import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { ChannelNotInStandardError, ReferenceRequiredError } from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { DisclosureCommand } from '../disclosure';
import { disclosureTimeliness } from '../disclosure';
import type { CatalogueItemEvent } from './evolve';
import { assertNewRecord, assertUrlForOnlineChannel } from './channelRules';
import { requirePublishedItem } from './guards';
import type { CatalogueItemState } from './state';

/** 发布 on a channel of the item's standard; timeliness is judged against its time limit. */
export const decidePublishDisclosure = (
  { data }: MessageOfType<DisclosureCommand, 'PublishDisclosure'>,
  state: CatalogueItemState,
  context: DecisionContext,
): CatalogueItemEvent[] => {
  const item = requirePublishedItem(state, data.itemId);
  assertNewRecord(data.itemId, 'disclosure', item.disclosures, data.disclosureId);
  const channel = item.standard.channels.find((candidate) => candidate.code === data.channel);
  if (!channel) {
    const allowed = item.standard.channels.map((candidate) => candidate.code);
    throw new ChannelNotInStandardError({ itemId: data.itemId, channel: data.channel, allowed });
  }
  assertUrlForOnlineChannel(data.itemId, data.channel, data.url);
  if (data.url === undefined && data.reference === undefined) {
    throw new ReferenceRequiredError({ itemId: data.itemId, channel: data.channel });
  }
  assertNotInFuture(
    context,
    { field: 'formedOn', date: data.formedOn },
    { field: 'publishedOn', date: data.publishedOn },
  );
  assertNotBefore(
    { field: 'publishedOn', date: data.publishedOn },
    { field: 'formedOn', date: data.formedOn },
    { field: 'itemPublishedOn', date: item.publishedOn },
  );
  const { tenant: _tenant, channelLabel, url, reference, ...rest } = data;
  return [
    {
      type: 'DisclosurePublished',
      data: {
        ...rest,
        channelLabel: channelLabel ?? channel.label ?? null,
        url: url ?? null,
        reference: reference ?? null,
        timeliness: disclosureTimeliness(
          item.standard.timeLimit,
          data.formedOn,
          data.publishedOn,
          context.calendar,
        ),
      },
    },
  ];
};
