/**
 * Micro-benchmark of the embedded read-model store: batched writes as a projector rebuild issues
 * them, and the view reads the GraphQL layer will make.
 *
 *   pnpm exec tsx packages/projections/src/readModelStore/sqlite/benchmarkSqliteReadModelStore.ts [documents] [unit size]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadModelDocument, ReadModelStore, UnitOfWork } from '../port';
import { visibleToTenant } from '../tenancy/tenantScopeFilter';
import { createSqliteReadModelStore } from './sqliteReadModelStore';

const PREFECTURES = 13;
const COUNTIES_PER_PREFECTURE = 10;
const AREAS = [
  'compulsory-education',
  'social-assistance',
  'housing',
  'work-safety',
  'public-health',
  'employment',
];

const countyOf = (index: number): { tenant: string; ancestors: string[] } => {
  const prefecture = index % PREFECTURES;
  const county = Math.floor(index / PREFECTURES) % COUNTIES_PER_PREFECTURE;
  const prefectureCode = String(230100 + prefecture * 100);
  return {
    tenant: String(230100 + prefecture * 100 + county + 2),
    ancestors: [prefectureCode, '230000', '000000'],
  };
};

const catalogueItem = (index: number): ReadModelDocument => ({
  _id: `catalogueItem-${index}`,
  ...countyOf(index),
  code: `GK-${String((index * 7919) % 1_000_000).padStart(6, '0')}`,
  name: `义务教育阶段学校招生入学信息 ${index}`,
  area: AREAS[index % AREAS.length],
  status: index % 5 === 0 ? 'draft' : 'published',
  standard: {
    basis: '《中华人民共和国政府信息公开条例》',
    subject: '县教育局',
    timeLimit: 20,
    channels: ['政府网站', '公告栏'],
    stages: ['decision', 'result'],
  },
  completeness: 0.83,
  revision: 1,
});

const rate = (count: number, milliseconds: number): string =>
  `${Math.round(count / (milliseconds / 1000)).toLocaleString('en-US')}/s`;

const timed = async (work: () => Promise<void>): Promise<number> => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

const writeUnits = async (
  store: ReadModelStore,
  total: number,
  unitSize: number,
  /** Event positions of this pass start after this one. */
  basePosition: number,
  write: (unit: UnitOfWork, index: number, position: number) => void,
): Promise<number> =>
  timed(async () => {
    for (let from = 0; from < total; from += unitSize) {
      const to = Math.min(total, from + unitSize);
      await store.transaction('benchmark', (unit) => {
        for (let index = from; index < to; index++) write(unit, index, basePosition + index + 1);
        unit.setCheckpoint(basePosition + to);
      });
    }
  });

const latency = async (runs: number, query: () => Promise<unknown>): Promise<string> => {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await query();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (quantile: number) => (samples[Math.floor(quantile * (samples.length - 1))] ?? 0).toFixed(3);
  return `median ${at(0.5)} ms, p99 ${at(0.99)} ms`;
};

const main = async (): Promise<void> => {
  const total = Number(process.argv[2] ?? 200_000);
  const unitSize = Number(process.argv[3] ?? 5_000);
  const directory = mkdtempSync(join(tmpdir(), 'gongkai-rm-bench-'));
  const store = await createSqliteReadModelStore({ path: join(directory, 'read-models.sqlite') });
  try {
    const report: [string, string][] = [];
    const indexes = async (): Promise<number> =>
      timed(async () => {
        await store.ensureIndexes('catalogueItems', [
          ['tenant', 'code'],
          ['tenant', 'area', 'code'],
          ['code'],
        ]);
        await store.ensureIndexes('countySummaries', [['tenant']]);
      });

    // A rebuild's typical event: one item document, plus a rollup counter on its county's summary.
    const projectEvent = (unit: UnitOfWork, index: number, position: number, revision: number): void => {
      const { tenant, ancestors } = countyOf(index);
      if (index < PREFECTURES * COUNTIES_PER_PREFECTURE && revision === 1) {
        unit.upsert('countySummaries', { _id: tenant, tenant, ancestors, published: 0 }, position);
      }
      unit.upsert('catalogueItems', { ...catalogueItem(index), revision }, position);
      unit.patch('countySummaries', tenant, { $inc: { published: 1 } }, position);
    };

    const rebuild = await writeUnits(store, total, unitSize, 0, (unit, index, position) =>
      projectEvent(unit, index, position, 1),
    );
    report.push([
      `rebuild: events (upsert item + $inc county rollup), units of ${unitSize}`,
      rate(total, rebuild),
    ]);
    report.push(['rebuild: then build 4 indexes', `${(await indexes()).toFixed(0)} ms`]);

    const redelivery = await writeUnits(store, total, unitSize, 0, (unit, index, position) =>
      projectEvent(unit, index, position, 1),
    );
    report.push(['redeliver the same events (guarded no-ops)', rate(total, redelivery)]);

    const live = await writeUnits(store, total, unitSize, total, (unit, index, position) =>
      projectEvent(unit, index, position, 2),
    );
    report.push(['same events over existing documents, indexes maintained', rate(total, live)]);

    const replace = await writeUnits(store, total, unitSize, 2 * total, (unit, index, position) =>
      unit.upsert('catalogueItems', { ...catalogueItem(index), revision: 3 }, position),
    );
    report.push(['upsert existing documents (3 indexes on random codes)', rate(total, replace)]);

    const patch = { $inc: { revision: 1 }, $set: { status: 'published' } };
    const patches = await writeUnits(store, total, unitSize, 3 * total, (unit, index, position) =>
      unit.patch('catalogueItems', `catalogueItem-${index}`, patch, position),
    );
    report.push(['patch ($set + $inc) existing documents', rate(total, patches)]);

    const county = countyOf(0);
    const countyView = visibleToTenant(county.tenant);
    report.push([
      'county view page: scope + sort code, first 50',
      await latency(500, () =>
        store.findPage('catalogueItems', { filter: countyView, sort: [{ field: 'code' }], first: 50 }),
      ),
    ]);
    const firstPage = await store.findPage('catalogueItems', {
      filter: countyView,
      sort: [{ field: 'code' }],
      first: 50,
    });
    report.push([
      'county view next page (keyset)',
      await latency(500, () =>
        store.findPage('catalogueItems', {
          filter: countyView,
          sort: [{ field: 'code' }],
          first: 50,
          after: firstPage.endCursor,
        }),
      ),
    ]);
    report.push([
      'county view by area, first 50',
      await latency(500, () =>
        store.findPage('catalogueItems', {
          filter: { $and: [countyView, { area: 'housing' }] },
          sort: [{ field: 'code' }],
          first: 50,
        }),
      ),
    ]);
    report.push([
      'county count by area',
      await latency(200, () => store.countBy('catalogueItems', 'area', countyView)),
    ]);
    const prefectureView = visibleToTenant(county.ancestors[0] ?? '');
    report.push([
      'prefecture view page, first 50',
      await latency(100, () =>
        store.findPage('catalogueItems', { filter: prefectureView, sort: [{ field: 'code' }], first: 50 }),
      ),
    ]);
    report.push([
      'province view page, first 50',
      await latency(20, () =>
        store.findPage('catalogueItems', {
          filter: visibleToTenant('230000'),
          sort: [{ field: 'code' }],
          first: 50,
        }),
      ),
    ]);
    report.push([
      'get by id',
      await latency(2000, () => store.get('catalogueItems', `catalogueItem-${total >> 1}`)),
    ]);

    const width = Math.max(...report.map(([label]) => label.length));
    console.log(`SQLite read-model store, ${total} documents (${process.version}):`);
    for (const [label, value] of report) console.log(`  ${label.padEnd(width)}  ${value}`);
  } finally {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  }
};

await main();
