import pino from 'pino';
import type { Logger } from 'pino';
import type { PlatformConfig } from './config';

/** JSON logs on stdout (pino); every request's child logger adds its correlation id. */
export const createLogger = (config: Pick<PlatformConfig, 'logLevel'>, name = 'gongkai'): Logger =>
  pino({ name, level: config.logLevel, base: { service: name } });
