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

const assertCategory = <C extends StreamCategory>(event: DomainEvent, category: C): EventOf<C> => {
  if (eventCatalogue[event.type].category !== category) {
    throw new InvalidEventError({
      type: event.type,
      schemaVersion: eventCatalogue[event.type].schemaVersion,
      issues: [`belongs to ${eventCatalogue[event.type].category} streams, not ${category}`],
    });
  }
  return event as EventOf<C>;
};

interface Folded {
  count: number;
  last: DomainEvent;
  state: unknown;
}

/**
 * The last fold of each events array. A stream's events only ever grow, so deciding the next command
 * on the same (longer) array evolves the new events alone instead of the whole stream again: states
 * are immutable values, so reusing one is safe. The last event is compared too, so an array that was
 * changed rather than appended to is folded from the start.
 */
const folds = new WeakMap<readonly DomainEvent[], Folded>();

const foldOf = <C extends StreamCategory, S>(
  events: readonly DomainEvent[],
  category: C,
  initial: () => S,
  evolve: (state: S, event: EventOf<C>) => S,
): S => {
  const memo = folds.get(events);
  const reuse = memo !== undefined && memo.count <= events.length && events[memo.count - 1] === memo.last;
  let state = reuse ? (memo.state as S) : initial();
  for (let i = reuse ? memo.count : 0; i < events.length; i++)
    state = evolve(state, assertCategory(events[i]!, category));
  if (events.length > 0) folds.set(events, { count: events.length, last: events[events.length - 1]!, state });
  return state;
};

/** Folds a stream's events with its aggregate's `evolve` (events of another aggregate are rejected). */
export const foldPilotUnit = (events: readonly DomainEvent[]): PilotUnitState =>
  foldOf(events, 'pilotUnit', initialPilotUnitState, evolvePilotUnit);

export const foldCatalogueItem = (events: readonly DomainEvent[]): CatalogueItemState =>
  foldOf(events, 'catalogueItem', initialCatalogueItemState, evolveCatalogueItem);

export const foldNationalReport = (events: readonly DomainEvent[]): NationalReportState =>
  foldOf(events, 'nationalReport', initialNationalReportState, evolveNationalReport);
