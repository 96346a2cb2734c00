import { evolveCatalogueItem, initialCatalogueItemState } from '../catalogue';
import type { CatalogueItemEvent, CatalogueItemState } from '../catalogue';
import { InvalidEventError } from '../errors';
import type { DomainEvent } from '../events';
import { eventCatalogue } from '../events';
import { evolvePilotUnit, initialPilotUnitState } from '../pilot';
import type { PilotUnitEvent, PilotUnitState } from '../pilot';
import { evolveNationalReport, initialNationalReportState } from '../reporting';
import type { NationalReportEvent, NationalReportState } from '../reporting';
import type { StreamCategory } from '../streams';

type EventOf<C extends StreamCategory> = C extends 'pilotUnit'
  ? PilotUnitEvent
  : C extends 'catalogueItem'
    ? CatalogueItemEvent
    : NationalReportEvent;

const ofCategory = <C extends StreamCategory>(events: readonly DomainEvent[], category: C): EventOf<C>[] =>
  events.map((event) => {
    if (eventCatalogue[event.type].category !== category) {
      throw new InvalidEventError({
        type: event.type,
        schemaVersion: eventCatalogue[event.type].schemaVersion,
        issues: [`belongs to ${eventCatalogue[event.type].category} streams, not ${category}`],
      });
    }
    return event as EventOf<C>;
  });

/** Folds a stream's events with its aggregate's `evolve` (events of another aggregate are rejected). */
export const foldPilotUnit = (events: readonly DomainEvent[]): PilotUnitState =>
  ofCategory(events, 'pilotUnit').reduce(evolvePilotUnit, initialPilotUnitState());

export const foldCatalogueItem = (events: readonly DomainEvent[]): CatalogueItemState =>
  ofCategory(events, 'catalogueItem').reduce(evolveCatalogueItem, initialCatalogueItemState());

export const foldNationalReport = (events: readonly DomainEvent[]): NationalReportState =>
  ofCategory(events, 'nationalReport').reduce(evolveNationalReport, initialNationalReportState());
