import type { DecisionContext } from '../context';
import type { DomainEvent } from '../events';

export interface CommandContext extends DecisionContext {
  /** Events (already upcast) of the streams `routeCommand(command).consults` names, by stream id. */
  consulted?: Readonly<Record<string, readonly DomainEvent[]>>;
}
