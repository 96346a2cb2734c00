import { streamIdForCatalogueItem, streamIdForNationalReport, streamIdForPilotUnit } from '../streams';
import type { AggregateName, Command } from './command';

export interface CommandRoute {
  streamId: string;
  aggregate: AggregateName;
  /**
   * Other streams the decision reads (load them, upcast, pass their events in
   * `context.consulted[streamId]`). Eventually consistent: they are not locked.
   */
  consults: readonly string[];
}

/** Which stream a command is decided on, and which other streams it consults. */
export const routeCommand = (command: Command): CommandRoute => {
  const { data } = command;
  if ('itemId' in data) {
    const consults = command.type === 'DraftCatalogueItem' ? [streamIdForPilotUnit(data.tenant)] : [];
    return {
      streamId: streamIdForCatalogueItem(data.tenant, data.itemId),
      aggregate: 'catalogueItem',
      consults,
    };
  }
  if ('reportId' in data) {
    return {
      streamId: streamIdForNationalReport(data.tenant, data.reportId),
      aggregate: 'nationalReport',
      consults: [],
    };
  }
  return { streamId: streamIdForPilotUnit(data.tenant), aggregate: 'pilotUnit', consults: [] };
};
