/**
 * The scaled seed's event store, generated once and cached under `.cache/bench/`: the same file the
 * rebuild benchmark (`projections.bench.ts`) uses, so the two never hold two copies of 1M events.
 *
 * Its name says the scale; a sidecar (`<file>.seed-version.json`) says which seed wrote it: a hash
 * of the seed's sources (`packages/platform/src/seed/`, specs left out) under SEED_CACHE_VERSION.
 * A changed seed regenerates the file (about 5 minutes); bump SEED_CACHE_VERSION to force it (e.g.
 * after a change of the event store's file layout, which the hash does not see).
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump to regenerate every cached seed store (e.g. after a change the source hash cannot see). */
const SEED_CACHE_VERSION = 'seed-cache-v1';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = join(ROOT, '.cache/bench');
const SEED_SOURCES = join(ROOT, 'packages/platform/src/seed');

export interface SeedScale {
  items: number;
  events: number;
}

interface SeedVersionFile {
  version: string;
  /** The store file's inode when recorded: a regeneration (a rename) elsewhere voids the record. */
  ino: number;
}

const sourcesOf = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return sourcesOf(path);
      return /\.(ts|json)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
    })
    .sort();

/** `seed-cache-v1+<sha256 of the seed's sources, 16 hex>`. */
export const seedVersion = (): { version: string; newestSourceMtimeMs: number } => {
  const hash = createHash('sha256');
  let newestSourceMtimeMs = 0;
  for (const file of sourcesOf(SEED_SOURCES)) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    newestSourceMtimeMs = Math.max(newestSourceMtimeMs, statSync(file).mtimeMs);
  }
  return { version: `${SEED_CACHE_VERSION}+${hash.digest('hex').slice(0, 16)}`, newestSourceMtimeMs };
};

export const seedStorePath = ({ items, events }: SeedScale): string =>
  join(CACHE, `projections-seed-${items}-items-${events}-events.sqlite`);

const versionFileOf = (file: string): string => `${file}.seed-version.json`;

const readVersionFile = (file: string): SeedVersionFile | undefined => {
  try {
    return JSON.parse(readFileSync(versionFileOf(file), 'utf8')) as SeedVersionFile;
  } catch {
    return undefined;
  }
};

const recordVersion = (file: string, version: string): void => {
  const record: SeedVersionFile = { version, ino: statSync(file).ino };
  writeFileSync(versionFileOf(file), `${JSON.stringify(record, null, 2)}\n`);
};

/**
 * Whether the cached store was written by the current seed. A store with no record of ours (written
 * by the rebuild benchmark, which keys by scale only) is adopted when it is newer than every seed
 * source: it cannot come from an older seed.
 */
const isCurrent = (file: string, version: string, newestSourceMtimeMs: number): boolean => {
  if (!existsSync(file) || !existsSync(`${file}.json`)) return false;
  const { ino, mtimeMs } = statSync(file);
  const recorded = readVersionFile(file);
  if (recorded !== undefined && recorded.ino === ino) return recorded.version === version;
  if (mtimeMs <= newestSourceMtimeMs) return false;
  recordVersion(file, version);
  return true;
};

const generate = async (file: string, scale: SeedScale, log: (line: string) => void): Promise<void> => {
  const [{ openSqliteEventStore }, { seedEventStore }] = await Promise.all([
    import('@gongkai/event-store'),
    import('@gongkai/platform'),
  ]);
  mkdirSync(CACHE, { recursive: true });
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  for (const stale of [file, `${file}.json`, versionFileOf(file)]) rmSync(stale, { force: true });
  const store = openSqliteEventStore({ fileName: partial });
  const started = performance.now();
  log(
    `generating ${scale.events.toLocaleString('en')} events (${scale.items.toLocaleString('en')} items) in ${file}; about 5 minutes`,
  );
  let lastReport = 0;
  const result = await seedEventStore(store, {
    scale: { itemsTarget: scale.items, eventsTarget: scale.events },
    onProgress: (done, total) => {
      if (performance.now() - lastReport < 10_000) return;
      lastReport = performance.now();
      log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} commands`);
    },
  });
  const head = await store.headPosition();
  await store.close();
  if (result.rejected.length > 0) throw new Error(`the seed was refused ${result.rejected.length} times`);
  renameSync(partial, file);
  for (const suffix of ['-wal', '-shm']) rmSync(partial + suffix, { force: true });
  // The marker the rebuild benchmark looks for, in its format.
  writeFileSync(
    `${file}.json`,
    JSON.stringify({ ...scale, events: head, commands: result.commands }, null, 2),
  );
  log(
    `generated ${head.toLocaleString('en')} events in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Another benchmark generating the same file (its `.partial` still growing): wait for it to finish. */
const awaitOtherGenerator = async (file: string, log: (line: string) => void): Promise<void> => {
  const growing = (): boolean => {
    for (const suffix of ['', '-wal']) {
      try {
        if (Date.now() - statSync(`${file}.partial${suffix}`).mtimeMs < 60_000) return true;
      } catch {
        // no such file
      }
    }
    return false;
  };
  if (!growing()) return;
  log(`another process is generating ${file}; waiting for it`);
  while (growing()) await sleep(5_000);
};

/** False when the event store of this build cannot open the file (an older layout). */
const opens = async (file: string, log: (line: string) => void): Promise<boolean> => {
  const { openSqliteEventStore } = await import('@gongkai/event-store');
  try {
    await openSqliteEventStore({ fileName: file }).close();
    return true;
  } catch (error) {
    log(`the cached event store cannot be opened (${String(error)}); generating it again`);
    return false;
  }
};

/**
 * The cached event store of the scaled seed, (re)generated when missing, written by another seed,
 * or in a layout the event store no longer opens.
 */
export const seedEventStore = async (
  scale: SeedScale,
  log: (line: string) => void,
): Promise<{ file: string; version: string; events: number }> => {
  const file = seedStorePath(scale);
  await awaitOtherGenerator(file, log);
  const { version, newestSourceMtimeMs } = seedVersion();
  if (!isCurrent(file, version, newestSourceMtimeMs) || !(await opens(file, log))) {
    await generate(file, scale, log);
    recordVersion(file, version);
  }
  const marker = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as { events: number };
  return { file, version, events: marker.events };
};
