import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { temporaryDirectory } from '@gongkai/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Production runs compiled code: the CLI built by scripts/build.mjs runs on plain node, without
// tsx or TypeScript, and keeps only what cannot be bundled (native modules) outside the bundle.
// And the README's commands work where only Node and npm are installed (no pnpm on the PATH).

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'packages/platform/dist', `test-${process.pid}`);
const exec = promisify(execFile);
const data = temporaryDirectory('gongkai-built-cli-');

beforeAll(async () => {
  await exec(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outdir', OUT], { cwd: ROOT });
}, 120_000);
afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  data.remove();
});

const gongkai = (...args: string[]) =>
  exec(process.execPath, [join(OUT, 'cli.mjs'), ...args], {
    env: { ...process.env, GONGKAI_DATA_DIR: data.path, NODE_OPTIONS: '' },
  });

describe('the built CLI', () => {
  it('answers --help on plain node, listing every command', async () => {
    const { stdout } = await gongkai('--help');
    for (const command of [
      'start',
      'api',
      'ingest',
      'project',
      'relay',
      'seed',
      'token',
      'rebuild',
      'report',
    ])
      expect(stdout).toContain(`  ${command}`);
  });

  it('signs a token with the embedded key (the commands chunk, SQLite included, loads)', async () => {
    const { stdout } = await gongkai('token', '--tenant', '230102', '--role', 'admin');
    expect(stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('puts the 发文字号 and 签发人 the office gives into the report, and refuses a malformed number', async () => {
    const out = join(data.path, 'signed.md');
    await gongkai(
      'report',
      '--province',
      '230000',
      '--as-of',
      '2018-08-31',
      '--document-number',
      '黑政办报〔2018〕12号',
      '--signer',
      '张三',
      '--out',
      out,
    );
    expect(readFileSync(out, 'utf8')).toContain('黑政办报〔2018〕12号\u3000\u3000签发人：张三');
    const refused = await gongkai(
      'report',
      '--province',
      '230000',
      '--document-number',
      '黑政办报[2018]012号',
      '--out',
      join(data.path, 'bad.md'),
    ).then(
      () => '',
      (error: { stderr: string }) => error.stderr,
    );
    expect(refused).toContain('--document-number must be 机关代字〔年份〕序号号');
  }, 120_000);

  it('imports nothing of TypeScript or tsx, and only the native modules from outside the bundle', () => {
    const files = [
      join(OUT, 'cli.mjs'),
      ...readdirSync(join(OUT, 'chunks'))
        .filter((name) => name.endsWith('.mjs'))
        .map((name) => join(OUT, 'chunks', name)),
    ];
    const imported = new Set<string>();
    for (const file of files) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(
        /^import [^;]*?from\s*"([^".][^"]*)";?$/gm,
      ))
        imported.add(specifier!);
    }
    const bare = [...imported].filter((specifier) => !specifier.startsWith('node:'));
    expect(bare.sort()).toEqual(['@kurrent/kurrentdb-client', 'better-sqlite3']);
  });
});

describe('the README’s commands on a machine with Node and npm only', () => {
  it('npm run gongkai -- token … works without pnpm on the PATH', async () => {
    const bin = join(data.path, 'bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    symlinkSync(join(dirname(process.execPath), 'npm'), join(bin, 'npm'));
    symlinkSync('/bin/sh', join(bin, 'sh'));
    const { stdout } = await exec(
      join(bin, 'npm'),
      ['run', '--silent', 'gongkai', '--', 'token', '--tenant', '230000', '--role', 'admin'],
      {
        cwd: ROOT,
        env: { HOME: process.env['HOME'] ?? data.path, PATH: bin, GONGKAI_DATA_DIR: data.path },
      },
    );
    expect(stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  }, 120_000);

  it('the README shows npm commands, each naming a script of package.json', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const scripts = Object.keys(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts,
    );
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((script) => !scripts.includes(script))).toEqual([]);
    expect(readme.split('\n').filter((line) => /^(\| `)?pnpm |[=&] pnpm /.test(line))).toEqual([]);
  });
});
