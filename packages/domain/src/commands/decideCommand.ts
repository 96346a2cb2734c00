import { decideCatalogueItem } from '../catalogue';
import type { CatalogueItemCommand } from '../catalogue';
import { authorize } from '../authorization';
import { occurredOn } from '../context';
import { withDomainErrors } from '../errors';
import type { DomainEvent } from '../events';
import { validateEvent } from '../events';
import { decidePilotUnit } from '../pilot';
import type { PilotUnitCommand } from '../pilot';
import { decideNationalReport } from '../reporting';
import type { NationalReportCommand } from '../reporting';
import type { Command } from './command';
import type { CommandContext } from './commandContext';
import { foldCatalogueItem, foldNationalReport, foldPilotUnit } from './foldStream';
import { parseCommand } from './parseCommand';
import { routeCommand } from './routeCommand';

const decideOnStream = (
  command: Command,
  events: readonly DomainEvent[],
  context: CommandContext,
): DomainEvent[] => {
  const route = routeCommand(command);
  switch (route.aggregate) {
    case 'pilotUnit':
      return decidePilotUnit(command as PilotUnitCommand, foldPilotUnit(events), context);
    case 'nationalReport':
      return decideNationalReport(command as NationalReportCommand, foldNationalReport(events), context);
    case 'catalogueItem': {
      const [pilotStream] = route.consults;
      const pilotEvents = pilotStream === undefined ? undefined : context.consulted?.[pilotStream];
      const pilotUnit = pilotEvents === undefined ? undefined : foldPilotUnit(pilotEvents);
      return decideCatalogueItem(command as CatalogueItemCommand, foldCatalogueItem(events), {
        ...context,
        pilotUnit,
      });
    }
  }
};

/**
 * The whole decision for one command: validate it, authorize the actor, fold the stream so far
 * (events already upcast) and decide. Returns the new events (validated against the catalogue);
 * throws a DomainError with a stable code when a rule is broken.
 */
export const decideCommand = (
  command: Command,
  events: readonly DomainEvent[],
  context: CommandContext,
): DomainEvent[] => withDomainErrors(() => decideParsedCommand(parseCommand(command), events, context));

/**
 * `decideCommand` for a command that is `parseCommand`'s output already (the intake parses every
 * message to dead-letter what it cannot read): the same decision, without validating it twice.
 */
export const decideParsedCommand = (
  valid: Command,
  events: readonly DomainEvent[],
  context: CommandContext,
): DomainEvent[] =>
  withDomainErrors(() => {
    occurredOn(context);
    authorize(valid, context);
    return decideOnStream(valid, events, context).map(validateEvent);
  });

/**
 * The decision of a parsed command whose actor the caller has authorized already (the write core
 * authorizes once per command): no second authorization, and the events the deciders produce are
 * not validated again (the deciders build them from a parsed command and a folded state).
 */
export const decideAuthorizedCommand = (
  command: Command,
  events: readonly DomainEvent[],
  context: CommandContext,
): DomainEvent[] =>
  withDomainErrors(() => {
    occurredOn(context);
    return decideOnStream(command, events, context);
  });
