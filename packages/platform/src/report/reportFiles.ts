import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Reports kept per tenant by default; an evicted one is compiled again, identically, at its position. */
export const DEFAULT_REPORTS_KEPT = 10;

export interface ReportFiles {
  /**
   * Keeps the files of one compiled report under its content hash (the same content is written
   * once), then evicts the least recently compiled reports of the tenant beyond the bound.
   */
  keep(tenant: string, contentHash: string, files: readonly { format: string; body: Uint8Array }[]): void;
  /** A kept file, or null. */
  read(tenant: string, contentHash: string, format: string): Buffer | null;
  /** The content hashes kept for a tenant, most recently compiled first. */
  hashes(tenant: string): string[];
}

const PARTIAL = '.partial';

/**
 * `<folder>/<tenant>/<content hash>.<format>`, at most `kept` reports a tenant. Recency is the
 * files' modification time, renewed when the same report is compiled again.
 */
export const createReportFiles = ({
  folder,
  kept = DEFAULT_REPORTS_KEPT,
}: {
  folder: string;
  kept?: number;
}): ReportFiles => {
  const tenantFolder = (tenant: string) => join(folder, tenant);
  /** Each kept report with the newest modification time of its files (ms). */
  const recency = (tenant: string): Map<string, number> => {
    const dir = tenantFolder(tenant);
    const newest = new Map<string, number>();
    if (!existsSync(dir)) return newest;
    for (const name of readdirSync(dir)) {
      if (name.endsWith(PARTIAL)) continue;
      const hash = name.slice(0, name.indexOf('.'));
      newest.set(hash, Math.max(newest.get(hash) ?? 0, statSync(join(dir, name)).mtimeMs));
    }
    return newest;
  };
  const hashes = (tenant: string): string[] =>
    [...recency(tenant)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([hash]) => hash);
  const evict = (tenant: string, keepHash: string): void => {
    const dir = tenantFolder(tenant);
    const others = hashes(tenant).filter((hash) => hash !== keepHash);
    const evicted = new Set(others.slice(Math.max(0, kept - 1)));
    if (evicted.size === 0) return;
    for (const name of readdirSync(dir)) {
      if (evicted.has(name.slice(0, name.indexOf('.')))) rmSync(join(dir, name), { force: true });
    }
  };
  return {
    keep(tenant, contentHash, files) {
      const dir = tenantFolder(tenant);
      mkdirSync(dir, { recursive: true });
      // Strictly newer than every kept report, even within one millisecond of the last.
      const stamp = new Date(
        Math.max(Date.now(), ...[...recency(tenant).values()].map((ms) => Math.round(ms) + 1)),
      );
      for (const { format, body } of files) {
        const file = join(dir, `${contentHash}.${format}`);
        if (!existsSync(file)) {
          // Written aside and renamed, so a reader never sees half a file.
          writeFileSync(`${file}${PARTIAL}`, body);
          renameSync(`${file}${PARTIAL}`, file);
        }
        utimesSync(file, stamp, stamp);
      }
      evict(tenant, contentHash);
    },
    read(tenant, contentHash, format) {
      const file = join(tenantFolder(tenant), `${contentHash}.${format}`);
      return existsSync(file) ? readFileSync(file) : null;
    },
    hashes,
  };
};
