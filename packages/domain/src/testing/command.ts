import type { Command, CommandType } from '../commands/command';
import type { MessageOfType } from '../primitives';

export type CommandOf<T extends CommandType> = MessageOfType<Command, T>;

/** A typed command literal: `command('DraftCatalogueItem', { … })`. */
export const command = <T extends CommandType>(type: T, data: CommandOf<T>['data']): CommandOf<T> =>
  ({ type, data }) as CommandOf<T>;
