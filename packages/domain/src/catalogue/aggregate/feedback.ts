import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import { assertSatisfactionInRange } from '../../errors';
import type { MessageOfType } from '../../primitives';
import type { DisclosureCommand } from '../disclosure';
import type { CatalogueItemEvent } from './evolve';
import { assertNewRecord } from './channelRules';
import { requirePublishedItem } from './guards';
import type { CatalogueItemState } from './state';

/** 社会评价 / 第三方评估 of the item's disclosure, as average satisfaction on a 1–5 scale. */
export const decideRecordPublicFeedback = (
  { data }: MessageOfType<DisclosureCommand, 'RecordPublicFeedback'>,
  state: CatalogueItemState,
  context: DecisionContext,
): CatalogueItemEvent[] => {
  const item = requirePublishedItem(state, data.itemId);
  assertNewRecord(data.itemId, 'feedback', item.feedback, data.feedbackId);
  assertSatisfactionInRange(data.satisfaction);
  assertNotInFuture(context, { field: 'recordedOn', date: data.recordedOn });
  assertNotBefore(
    { field: 'recordedOn', date: data.recordedOn },
    { field: 'item publishedOn', date: item.publishedOn },
  );
  const { tenant: _tenant, sampleSize, comment, ...rest } = data;
  return [
    {
      type: 'PublicFeedbackRecorded',
      data: { ...rest, sampleSize: sampleSize ?? null, comment: comment ?? null },
    },
  ];
};
