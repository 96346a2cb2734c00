/**
 * One pino JSON line as a line for a person at a terminal: time, level, message, then the other
 * fields as key=value, and an error's stack indented below. No dependency: pino-pretty would be
 * one more package (and a worker thread) for the same few lines.
 */

const LEVELS: Record<number, { name: string; color: number }> = {
  10: { name: 'TRACE', color: 90 },
  20: { name: 'DEBUG', color: 36 },
  30: { name: 'INFO', color: 32 },
  40: { name: 'WARN', color: 33 },
  50: { name: 'ERROR', color: 31 },
  60: { name: 'FATAL', color: 35 },
};

// Fields every line carries, or that the line's head already shows.
const HIDDEN = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'service', 'name', 'err']);

const paint = (text: string, color: number, colors: boolean) =>
  colors ? `\u001b[${color}m${text}\u001b[39m` : text;

const clock = (time: unknown): string => {
  const date = typeof time === 'number' ? new Date(time) : new Date();
  return date.toTimeString().slice(0, 8) + '.' + String(date.getMilliseconds()).padStart(3, '0');
};

const valueOf = (value: unknown): string =>
  typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value);

const stackOf = (error: unknown): string => {
  if (typeof error !== 'object' || error === null) return '';
  const { stack, message } = error as { stack?: unknown; message?: unknown };
  const text = typeof stack === 'string' ? stack : typeof message === 'string' ? message : '';
  return text === '' ? '' : `\n${text.replace(/^/gm, '    ')}`;
};

export const prettyLine = (json: string, { colors = false } = {}): string => {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const level = LEVELS[entry['level'] as number] ?? { name: String(entry['level']), color: 39 };
  const fields = Object.entries(entry)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => `${paint(key, 90, colors)}=${valueOf(value)}`);
  const head = `${clock(entry['time'])} ${paint(level.name.padEnd(5), level.color, colors)} ${typeof entry['msg'] === 'string' ? entry['msg'] : ''}`;
  return `${[head, ...fields].join(' ')}${stackOf(entry['err'])}\n`;
};
