import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../testing/testPlatform';
import {
  actors,
  commands,
  completeStandard,
  context,
  DAOLI,
  startTestPlatform,
  registerDaoli,
} from '../testing/testPlatform';
import { createTestReadModelStore } from '../testing/testReadModelStore';
import { COUNTY_CATALOGUE_DELTAS } from '../history/countyDeltas';
import { createProjectors } from '../projectors';
import { CATALOGUE_ITEMS } from '../projectors/catalogue/itemDocument';
import { collectionsOf } from '../projectors/types';
import type { ReadModelDocument, ReadModelStore, UnitOfWork } from '../readModelStore';
import { replayInto } from './replayInto';

// A rebuild folds a unit's events in small chunks. The county's day, month and running-total
// buckets change with most chunks: they were written (and summed) once per chunk, which halved the
// rebuild's throughput. They are written once per unit of work, with the same content.
let platform: TestPlatform;
const county = actors.county(DAOLI);

beforeAll(async () => {
  platform = await startTestPlatform();
  const { send } = platform;
  await registerDaoli(send);
  for (const [index, on] of ['2018-03-01', '2018-03-01', '2018-03-02', '2018-04-01'].entries()) {
    const item = `item-${index}`;
    await send(commands.draft(DAOLI, item, 'compulsory-education', on), county, on);
    await send(commands.define(DAOLI, item, completeStandard(), on), county, on);
    await send(commands.publish(DAOLI, item, on), county, on);
  }
});
afterAll(() => platform.close());

/** The store, with every upsert of a unit counted per collection and id. */
const countingUpserts = (store: ReadModelStore): { store: ReadModelStore; upserts: Map<string, number> } => {
  const upserts = new Map<string, number>();
  const counting = Object.create(store) as ReadModelStore;
  counting.transaction = (projector, work) =>
    store.transaction(projector, (unit) => {
      const upsert = unit.upsert.bind(unit);
      const counted: UnitOfWork = Object.assign(Object.create(unit) as UnitOfWork, {
        upsert: (collection: string, document: ReadModelDocument, position: number) => {
          const key = `${collection}/${document._id}`;
          upserts.set(key, (upserts.get(key) ?? 0) + 1);
          upsert(collection, document, position);
        },
      });
      return work(counted);
    });
  return { store: counting, upserts };
};

const replay = async (chunkSize: number) => {
  const target = await createTestReadModelStore();
  const projectors = createProjectors(context);
  await target.reset({ projectors: projectors.map((p) => p.name), collections: collectionsOf(projectors) });
  for (const projector of projectors) projector.startEmpty();
  const { store, upserts } = countingUpserts(target);
  const events = platform.eventStore.readAll();
  await replayInto(store, projectors, events, { batchSize: 1_000, chunkSize });
  const deltas = await target.find(COUNTY_CATALOGUE_DELTAS, {});
  const items = await target.find(CATALOGUE_ITEMS, {});
  await target.close();
  return { upserts, deltas, items };
};

describe('replaying a unit of work in chunks', () => {
  it('writes each delta bucket and item once per unit, however small the chunks', async () => {
    const { upserts, deltas, items } = await replay(1);
    expect(deltas.length).toBeGreaterThan(3);
    expect(items.length).toBe(4);
    for (const { _id } of [...deltas.map((d) => ({ _id: `${COUNTY_CATALOGUE_DELTAS}/${d._id}` }))])
      expect(upserts.get(_id)).toBe(1);
    for (const item of items) expect(upserts.get(`${CATALOGUE_ITEMS}/${item._id}`)).toBe(1);
  });

  it('ends with the same documents as one chunk per unit and as the live projection', async () => {
    const chunked = await replay(1);
    const whole = await replay(1_000);
    expect(chunked.deltas).toEqual(whole.deltas);
    expect(chunked.items).toEqual(whole.items);
    expect(chunked.deltas).toEqual(await platform.readModelStore.find(COUNTY_CATALOGUE_DELTAS, {}));
  });
});

/** The store, each unit landing only after `delayMs` once recorded (a store across the network). */
const slowLanding = (
  store: ReadModelStore,
  delayMs: number,
  log: string[],
  failAt?: number,
): ReadModelStore => {
  const slow = Object.create(store) as ReadModelStore;
  let units = 0;
  slow.transaction = (projector, work) => {
    const unit = ++units;
    return store.transaction(projector, async (recording) => {
      await work(recording);
      log.push(`recorded ${projector} #${unit}`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (unit === failAt) throw new Error(`unit #${unit} did not land`);
    });
  };
  const transaction = slow.transaction;
  slow.transaction = async (projector, work) => {
    await transaction(projector, work);
    log.push(`landed ${projector}`);
  };
  return slow;
};

const replayOnto = async (store: ReadModelStore, target: ReadModelStore, batchSize: number) => {
  // No item kept across units: an item a unit continues is read back from the store.
  const projectors = createProjectors(context, { catalogue: { itemCacheSize: 0 } });
  await target.reset({ projectors: projectors.map((p) => p.name), collections: collectionsOf(projectors) });
  for (const projector of projectors) projector.startEmpty();
  const onBatch: number[] = [];
  await replayInto(store, projectors, platform.eventStore.readAll(), {
    batchSize,
    chunkSize: batchSize,
    onBatch: (batch) => onBatch.push(batch.position),
  });
  return { onBatch, items: await target.find(CATALOGUE_ITEMS, {}) };
};

describe('a unit landing while the next is folded', () => {
  it('folds the next unit meanwhile, lands units in order, and reads what the unit before wrote', async () => {
    const reference = await createTestReadModelStore();
    const { items: expected } = await replayOnto(reference, reference, 1_000);
    await reference.close();
    const target = await createTestReadModelStore();
    const log: string[] = [];
    const { items, onBatch } = await replayOnto(slowLanding(target, 20, log), target, 2);
    await target.close();
    expect(items).toEqual(expected);
    // Unit 2 was recorded (its events folded) before unit 1 landed.
    const catalogue = log.filter((line) => line.includes('catalogue'));
    expect(catalogue.indexOf('recorded catalogue #2')).toBeLessThan(catalogue.indexOf('landed catalogue'));
    expect(onBatch).toEqual([...onBatch].sort((a, b) => a - b));
    expect(onBatch.at(-1)).toBe(await platform.eventStore.headPosition());
  });

  it('fails with the unit that did not land, not with what the next one read meanwhile', async () => {
    const target = await createTestReadModelStore();
    const store = slowLanding(target, 5, [], 7);
    await expect(replayOnto(store, target, 2)).rejects.toThrow('unit #7 did not land');
    await target.close();
  });
});

describe('delta buckets evicted between units', () => {
  it('builds the same buckets when a unit reads back the ones it no longer keeps', async () => {
    const build = async (deltaCacheSize?: number) => {
      const target = await createTestReadModelStore();
      const projectors = createProjectors(context, {
        catalogue: deltaCacheSize === undefined ? {} : { deltaCacheSize },
      });
      await target.reset({
        projectors: projectors.map((p) => p.name),
        collections: collectionsOf(projectors),
      });
      for (const projector of projectors) projector.startEmpty();
      await replayInto(target, projectors, platform.eventStore.readAll(), { batchSize: 2, chunkSize: 2 });
      const deltas = await target.find(COUNTY_CATALOGUE_DELTAS, {});
      await target.close();
      return deltas;
    };
    const kept = await build();
    expect(kept.length).toBeGreaterThan(3);
    expect(await build(1)).toEqual(kept);
  });
});
