import type { CatalogueItemEvent } from '@gongkai/domain';
import type { ProjectionContext } from '../context';
import type { ProjectedEvent } from '../types';
import type { CountyCatalogueDocument } from './countyCatalogue';
import { countActivity, countPilotFeedback, depositItem, withdrawItem } from './countyCatalogue';
import type { CatalogueItemDocument } from './itemDocument';
import { applyItemEvent, draftItemDocument, isLifecycleEvent } from './itemDocument';

export const CATALOGUE_STREAM_PREFIX = 'catalogueItem-';

/** Events the catalogue fold reads: every catalogue item event, and feedback on a pilot as a whole. */
export const isCatalogueEvent = (projected: ProjectedEvent): boolean =>
  projected.recorded.streamId.startsWith(CATALOGUE_STREAM_PREFIX) ||
  projected.event.type === 'PilotFeedbackRecorded';

/**
 * Folds one catalogue event into an item and its county's counters: the one rule the live projector,
 * time travel and an item "as of" all use. `county` is null when the counters are not wanted (they
 * already saw the event). Returns the item after the event; null when the event has no item to
 * apply to (an item whose draft the fold did not read, or feedback on the pilot).
 */
export const foldCatalogueEvent = (
  projected: ProjectedEvent,
  item: CatalogueItemDocument | null,
  county: CountyCatalogueDocument | null,
  context: ProjectionContext,
): CatalogueItemDocument | null => {
  const { recorded, position, tenant } = projected;
  if (projected.event.type === 'PilotFeedbackRecorded') {
    if (county) countPilotFeedback(county, projected.event.data);
    return null;
  }
  const event = projected.event as CatalogueItemEvent;
  if (event.type === 'CatalogueItemDrafted') {
    const origin = {
      streamId: recorded.streamId,
      tenant,
      ancestors: context.ancestorsOf(tenant),
      areaName: context.areaName(event.data.areaCode),
      position,
    };
    const drafted = draftItemDocument(event.data, origin);
    if (county) depositItem(county, drafted, event);
    return drafted;
  }
  if (item === null) return null; // an item whose draft this fold did not read (a filtered fold)
  if (isLifecycleEvent(event)) {
    if (county) withdrawItem(county, item);
    applyItemEvent(item, event, position);
    if (county) depositItem(county, item, event);
  } else {
    if (county) countActivity(county, item, event);
    applyItemEvent(item, event, position);
  }
  return item;
};
