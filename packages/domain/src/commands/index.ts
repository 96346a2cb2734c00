export { commandSchemas, commandTypes, aggregateOfCommand, isCommandType } from './command';
export type { Command, CommandType, AggregateName } from './command';
export { parseCommand } from './parseCommand';
export { routeCommand } from './routeCommand';
export type { CommandRoute } from './routeCommand';
export type { CommandContext } from './commandContext';
export { decideAuthorizedCommand, decideCommand, decideParsedCommand } from './decideCommand';
export { foldPilotUnit, foldCatalogueItem, foldNationalReport } from './foldStream';
