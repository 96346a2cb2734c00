import type { z } from 'zod';

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');

/** One line per issue, each prefixed with the path it is about, e.g. `data.standard.channels[0].code: …`. */
export const formatIssues = (error: z.ZodError, prefix: readonly PropertyKey[] = []): string[] =>
  error.issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
