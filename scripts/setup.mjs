#!/usr/bin/env node
// Installs the workspace's dependencies when they are missing or older than the lockfile, so that
// `npm start` / `npm test` work on a fresh clone with nothing but Node 20. Uses only Node builtins.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.modules.yaml');
const lock = join(root, 'pnpm-lock.yaml');
const pnpmVersion = '10.34.9';

const upToDate = existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
if (upToDate) process.exit(0);

const env = { ...process.env };
// Native modules (better-sqlite3) build from source where no prebuilt binary can be downloaded;
// node-gyp then needs local headers instead of downloading them.
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';

const hasPnpm = (() => {
  try {
    execSync('pnpm --version', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const pnpm = hasPnpm ? 'pnpm' : `npx --yes pnpm@${pnpmVersion}`;
console.error(`gongkai: installing dependencies with ${pnpm} (first run takes a few minutes)…`);
execSync(`${pnpm} install --frozen-lockfile`, { cwd: root, env, stdio: 'inherit' });
