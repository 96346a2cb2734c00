#!/usr/bin/env node
// Builds the `gongkai` CLI once to JavaScript: packages/platform/dist/cli.mjs and the chunks it loads
// per command (ESM, code-split), bundling the workspace's TypeScript and its pure-JavaScript dependencies, so production never transpiles at
// start-up. What cannot be bundled stays an import resolved from packages/platform/node_modules:
// native modules (better-sqlite3, the KurrentDB client's native bridge) and the MongoDB driver's
// optional add-ons. Uses esbuild (a devDependency); `npm start` and the Docker image run the result.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --outdir <dir> (tests): elsewhere under packages/platform, so the externals still resolve.
const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg > 0 ? process.argv[outdirArg + 1] : join(root, 'packages/platform/dist');

export const EXTERNAL = [
  'better-sqlite3',
  '@kurrent/kurrentdb-client',
  // Optional peers the MongoDB driver requires inside try/catch; absent, it runs without them.
  'kerberos',
  '@mongodb-js/zstd',
  'snappy',
  'socks',
  'aws4',
  'mongodb-client-encryption',
  'gcp-metadata',
  '@aws-sdk/credential-providers',
];

// Bundled CommonJS modules call require() and read __dirname; an ES module has neither.
const banner = [
  "import { createRequire as __gongkaiCreateRequire } from 'node:module';",
  "import { fileURLToPath as __gongkaiFileURLToPath } from 'node:url';",
  "import { dirname as __gongkaiDirname } from 'node:path';",
  'const require = __gongkaiCreateRequire(import.meta.url);',
  'const __filename = __gongkaiFileURLToPath(import.meta.url);',
  'const __dirname = __gongkaiDirname(__filename);',
].join('\n');

/** The newest modification time (ms) of the files the build reads. */
const newestSource = () => {
  let newest = statSync(join(root, 'pnpm-lock.yaml')).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'packages'));
  return newest;
};

// --if-stale (npm start, npm run gongkai): nothing to do while the build is newer than every source.
const entry = join(outdir, 'cli.mjs');
if (process.argv.includes('--if-stale') && existsSync(entry) && statSync(entry).mtimeMs >= newestSource()) {
  process.exit(0);
}

const started = performance.now();
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: [join(root, 'packages/platform/src/cli.ts')],
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // graphql 16 has a CommonJS `main` and an ESM `module`: one copy only, the one Node itself loads.
  mainFields: ['main', 'module'],
  external: EXTERNAL,
  banner: { js: banner },
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.error(
  `gongkai: built ${join(outdir, 'cli.mjs').slice(root.length + 1)} (${(bytes / 1e6).toFixed(1)} MB with chunks and source maps) in ${Math.round(performance.now() - started)} ms`,
);
