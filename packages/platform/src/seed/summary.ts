import type { ItemStandard } from '@gongkai/domain';
import { standardCompleteness } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';

export interface SeedSummary {
  events: number;
  eventsByType: Record<string, number>;
  pilotUnits: Record<string, number>;
  items: {
    drafted: number;
    published: number;
    /** Items whose current standard is incomplete (never published). */
    incomplete: number;
    retired: number;
  };
  disclosures: { onTime: number; late: number; withoutDeadline: number };
}

interface ItemFacts {
  complete: boolean;
  published: boolean;
}

type Data = Record<string, unknown>;

/** What a store holds, by the figures the seed is meant to show (one pass over every event). */
export const summarizeSeed = async (store: EventStore): Promise<SeedSummary> => {
  const summary: SeedSummary = {
    events: 0,
    eventsByType: {},
    pilotUnits: {},
    items: { drafted: 0, published: 0, incomplete: 0, retired: 0 },
    disclosures: { onTime: 0, late: 0, withoutDeadline: 0 },
  };
  const items = new Map<string, ItemFacts>();
  for await (const event of store.readAll()) {
    summary.events++;
    summary.eventsByType[event.type] = (summary.eventsByType[event.type] ?? 0) + 1;
    const data = event.data as Data;
    const facts = items.get(event.streamId) ?? { complete: false, published: false };
    if (event.type === 'PilotUnitRegistered') {
      const level = data.pilotLevel as string;
      summary.pilotUnits[level] = (summary.pilotUnits[level] ?? 0) + 1;
    } else if (event.type === 'StandardDefined' || event.type === 'StandardRevised') {
      items.set(event.streamId, {
        ...facts,
        complete: standardCompleteness(data.standard as ItemStandard).complete,
      });
    } else if (event.type === 'CatalogueItemPublished') {
      items.set(event.streamId, { ...facts, published: true });
    } else if (event.type === 'DisclosurePublished') {
      const timeliness = data.timeliness as { onTime: boolean } | null;
      const key = timeliness === null ? 'withoutDeadline' : timeliness.onTime ? 'onTime' : 'late';
      summary.disclosures[key]++;
    }
  }
  const all = [...items.values()];
  summary.items.drafted = summary.eventsByType.CatalogueItemDrafted ?? 0;
  summary.items.published = all.filter((item) => item.published).length;
  summary.items.incomplete = all.filter((item) => !item.complete).length;
  summary.items.retired = summary.eventsByType.CatalogueItemRetired ?? 0;
  return summary;
};
