import pino from 'pino';
import type { Logger } from 'pino';
import type { PlatformConfig } from './config';
import { prettyLine } from './prettyLog';

/** Where the logs go: stdout by default. */
export interface LogOutput {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * pino logs, one JSON line each for a log collector; a person at a terminal (stdout a TTY) gets
 * them as readable lines instead. Every request's child logger adds its correlation id.
 */
export const createLogger = (
  config: Pick<PlatformConfig, 'logLevel'>,
  name = 'gongkai',
  output: LogOutput = process.stdout,
): Logger => {
  const options = { name, level: config.logLevel, base: { service: name } };
  if (output.isTTY !== true) return output === process.stdout ? pino(options) : pino(options, output);
  const colors = output === process.stdout && process.stdout.hasColors();
  return pino(options, { write: (line: string) => output.write(prettyLine(line, { colors })) });
};
