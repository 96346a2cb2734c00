import type { DeciderRoute } from '../decider';
import type { TenantDirectory } from '../tenants/types';
import type { Command } from './command';
import { deciderOfCommand } from './command';

/** Which stream a command is decided on, and which other streams it consults. */
export type CommandRoute = DeciderRoute;

/** Which stream a command is decided on, and which other streams it consults (its decider says). */
export const routeCommand = (command: Command, directory: TenantDirectory): CommandRoute =>
  deciderOfCommand[command.type].route(command, directory);
