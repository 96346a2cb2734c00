import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { prettyLine } from './prettyLog';

const capture = (isTTY: boolean) => {
  const lines: string[] = [];
  return { lines, output: { isTTY, write: (text: string) => void lines.push(text) } };
};

describe('platform logs', () => {
  it('are JSON lines when stdout is not a terminal', () => {
    const { lines, output } = capture(false);
    createLogger({ logLevel: 'info' }, 'gongkai', output).info(
      { url: 'http://127.0.0.1:4000/graphql' },
      'api started',
    );
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 30,
      msg: 'api started',
      url: 'http://127.0.0.1:4000/graphql',
    });
  });

  it('are readable lines at a terminal: time, level, message, fields, the stack indented', () => {
    const { lines, output } = capture(true);
    const logger = createLogger({ logLevel: 'info' }, 'gongkai', output);
    logger.info({ url: 'http://127.0.0.1:4000/graphql', lag: 0 }, 'api started');
    logger.error({ err: new Error('disk full') }, 'append failed');
    expect(lines[0]).toMatch(
      /^\d{2}:\d{2}:\d{2}\.\d{3} INFO {2}api started url=http:\/\/127\.0\.0\.1:4000\/graphql lag=0\n$/,
    );
    expect(lines[1]).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} ERROR append failed\n {4}Error: disk full\n {4,}at /);
    expect(lines.join('')).not.toContain('{"level"');
  });

  it('a line that is not JSON is passed through as it is', () => {
    expect(prettyLine('not json')).toBe('not json\n');
  });
});
