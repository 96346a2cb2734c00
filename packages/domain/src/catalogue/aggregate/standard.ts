import type { DecisionContext } from '../../context';
import { assertNotBefore, assertNotInFuture } from '../../context';
import {
  RevisionReasonRequiredError,
  StandardAlreadyDefinedError,
  StandardIncompleteError,
  StandardNotDefinedError,
  StandardUnchangedError,
} from '../../errors';
import { isBlank } from '../../primitives';
import type { MessageOfType } from '../../primitives';
import type { CatalogueItemLifecycleCommand } from '../item';
import { changedElements, standardCompleteness } from '../standard';
import type { CatalogueItemEvent } from './evolve';
import { requireCurrentItem } from './guards';
import type { CatalogueItemState } from './state';

/** The first standard of an item (version 1); it may still be incomplete. */
export const decideDefineStandard = (
  { data }: MessageOfType<CatalogueItemLifecycleCommand, 'DefineStandard'>,
  state: CatalogueItemState,
  context: DecisionContext,
): CatalogueItemEvent[] => {
  const item = requireCurrentItem(state, data.itemId);
  if (item.standardVersion > 0) {
    throw new StandardAlreadyDefinedError({ itemId: data.itemId, version: item.standardVersion });
  }
  assertNotInFuture(context, { field: 'definedOn', date: data.definedOn });
  assertNotBefore({ field: 'definedOn', date: data.definedOn }, { field: 'draftedOn', date: item.draftedOn });
  return [
    {
      type: 'StandardDefined',
      data: { itemId: data.itemId, version: 1, standard: data.standard, definedOn: data.definedOn },
    },
  ];
};

/** 动态调整: every revision is numbered and justified; a published item keeps a complete standard. */
export const decideReviseStandard = (
  { data }: MessageOfType<CatalogueItemLifecycleCommand, 'ReviseStandard'>,
  state: CatalogueItemState,
  context: DecisionContext,
): CatalogueItemEvent[] => {
  const item = requireCurrentItem(state, data.itemId);
  if (!item.standard) throw new StandardNotDefinedError({ itemId: data.itemId });
  if (isBlank(data.reason)) throw new RevisionReasonRequiredError({ itemId: data.itemId });
  const changed = changedElements(item.standard, data.standard);
  if (changed.length === 0)
    throw new StandardUnchangedError({ itemId: data.itemId, version: item.standardVersion });
  const { missing } = standardCompleteness(data.standard);
  if (item.status === 'published' && missing.length > 0) {
    throw new StandardIncompleteError({ itemId: data.itemId, missing });
  }
  assertNotInFuture(context, { field: 'revisedOn', date: data.revisedOn });
  assertNotBefore(
    { field: 'revisedOn', date: data.revisedOn },
    { field: `standard v${item.standardVersion} date`, date: item.standardDatedOn },
  );
  return [
    {
      type: 'StandardRevised',
      data: {
        itemId: data.itemId,
        version: item.standardVersion + 1,
        reason: data.reason.trim(),
        changedElements: changed,
        standard: data.standard,
        revisedOn: data.revisedOn,
      },
    },
  ];
};
