import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryDirectory } from '@gongkai/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createReportFiles } from './reportFiles';

const PROVINCE = '230000';
const hash = (n: number) => n.toString(16).padStart(64, '0');
const report = (n: number) => [
  { format: 'docx', body: Buffer.alloc(1000, n) },
  { format: 'json', body: Buffer.from(`{"report":${n}}`) },
];

let folder: ReturnType<typeof temporaryDirectory>;
afterEach(() => folder.remove());

describe('kept report files', () => {
  it('the same report compiled again is written once', () => {
    folder = temporaryDirectory('gongkai-reports-');
    const files = createReportFiles({ folder: folder.path, kept: 3 });
    files.keep(PROVINCE, hash(1), report(1));
    files.keep(PROVINCE, hash(1), report(1));
    expect(readdirSync(join(folder.path, PROVINCE)).sort()).toEqual([`${hash(1)}.docx`, `${hash(1)}.json`]);
    expect(files.read(PROVINCE, hash(1), 'json')?.toString()).toBe('{"report":1}');
  });

  it('compiling more reports than the bound evicts the least recently compiled, never the newest', () => {
    folder = temporaryDirectory('gongkai-reports-');
    const files = createReportFiles({ folder: folder.path, kept: 3 });
    for (const n of [1, 2, 3]) files.keep(PROVINCE, hash(n), report(n));
    files.keep(PROVINCE, hash(1), report(1)); // compiled again: now the most recent
    for (const n of [4, 5]) files.keep(PROVINCE, hash(n), report(n));
    expect(files.hashes(PROVINCE)).toEqual([hash(5), hash(4), hash(1)]);
    expect(readdirSync(join(folder.path, PROVINCE))).toHaveLength(6);
    expect(files.read(PROVINCE, hash(2), 'docx')).toBeNull();
    expect(files.read(PROVINCE, hash(5), 'docx')?.length).toBe(1000);
  });

  it('a hundred compilations leave at most the bound on disk', () => {
    folder = temporaryDirectory('gongkai-reports-');
    const files = createReportFiles({ folder: folder.path });
    for (let n = 1; n <= 100; n++) files.keep(PROVINCE, hash(n), report(n));
    expect(files.hashes(PROVINCE)).toHaveLength(10);
    expect(files.hashes(PROVINCE)[0]).toBe(hash(100));
  });
});
