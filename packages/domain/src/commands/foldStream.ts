import type { CatalogueItemState } from '../catalogue';
import { catalogueItemDecider } from '../catalogue/aggregate/decider';
import type { DomainEvent } from '../events';
import type { PilotUnitState } from '../pilot';
import { pilotUnitDecider } from '../pilot/decider';
import type { NationalReportState } from '../reporting';
import { nationalReportDecider } from '../reporting/decider';

// Folds a stream's events with its aggregate's `evolve` (events of another aggregate are INVALID_EVENT).
// Each decider remembers the last fold of an events array, so a grown array evolves its new events only.
export const foldPilotUnit = (events: readonly DomainEvent[]): PilotUnitState =>
  pilotUnitDecider.fold(events);
export const foldCatalogueItem = (events: readonly DomainEvent[]): CatalogueItemState =>
  catalogueItemDecider.fold(events);
export const foldNationalReport = (events: readonly DomainEvent[]): NationalReportState =>
  nationalReportDecider.fold(events);
