import type { AreaCode } from '@gongkai/domain';
import { foldPilotUnit, streamIdForPilotUnit, upcastEvent } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';

/**
 * The areas the province assigned to a pilot unit, read from its stream: the same state the draft
 * decision checks, so an item the bridge sends is not refused for its area. Empty for a tenant that
 * is not a pilot unit.
 */
export const pilotAreasFromEventStore =
  (eventStore: EventStore) =>
  async (tenant: string): Promise<readonly AreaCode[]> => {
    const events = [];
    for await (const recorded of eventStore.readStream(streamIdForPilotUnit(tenant))) {
      events.push(upcastEvent(recorded.type, recorded.schemaVersion, recorded.data));
    }
    return foldPilotUnit(events).areas;
  };
