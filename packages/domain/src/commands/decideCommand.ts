import { authorize } from '../authorization';
import { occurredOn } from '../context';
import { withDomainErrors } from '../errors';
import type { DomainEvent } from '../events';
import type { Command } from './command';
import { deciderOfCommand } from './command';
import type { CommandContext } from './commandContext';
import { parseCommand } from './parseCommand';

/**
 * The whole decision for one command: validate it, authorize the actor, fold the stream so far
 * (events already upcast) and decide. Returns the new events; throws a DomainError with a stable
 * code when a rule is broken.
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
    return deciderOfCommand[valid.type].decideOnStream(valid, events, context);
  });

/**
 * Decides a parsed command whose actor the caller has already authorized (`authorize`), so a write
 * core authorizes exactly once. The events the deciders produce are not validated again: a unit
 * test proves every decider's events match their catalogue schemas.
 */
export const decideAuthorizedCommand = (
  valid: Command,
  events: readonly DomainEvent[],
  context: CommandContext,
): DomainEvent[] =>
  withDomainErrors(() => {
    occurredOn(context);
    return deciderOfCommand[valid.type].decideOnStream(valid, events, context);
  });
