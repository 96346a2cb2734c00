import { InvalidCommandError } from '../errors';
import { formatIssues } from '../primitives';
import type { Command } from './command';
import { commandSchemas, commandTypes, isCommandType } from './command';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ type, data }` validated against the command's schema; INVALID_COMMAND with one line per issue. */
export const parseCommand = (input: unknown): Command => {
  if (!isRecord(input)) throw new InvalidCommandError({ issues: ['expected an object { type, data }'] });
  const { type, data, ...extra } = input;
  if (!isCommandType(type)) {
    throw new InvalidCommandError({
      issues: [
        `type: expected one of ${commandTypes.join(', ')}, received ${JSON.stringify(type) ?? 'nothing'}`,
      ],
    });
  }
  const unexpected = Object.keys(extra).map(
    (key) => `${key}: unexpected field (a command is { type, data })`,
  );
  const result = commandSchemas[type].safeParse(data);
  const issues = [...unexpected, ...(result.success ? [] : formatIssues(result.error, ['data']))];
  if (issues.length > 0) throw new InvalidCommandError({ issues });
  return { type, data: result.data } as Command;
};
