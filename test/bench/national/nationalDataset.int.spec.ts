import { describe, expect, it } from 'vitest';
import { WriteCore } from '@gongkai/command-handling';
import type { CommandEnvelope } from '@gongkai/command-handling';
import { heilongjiangSeed, officialWorkingDayCalendar } from '@gongkai/domain';
import { openSqliteEventStore } from '@gongkai/event-store';
import { nationalCommands, nationalDirectory } from './nationalDataset';
import { nationalSeeds } from './nationalDirectory';

describe('the national directory of the national-scale benchmark', () => {
  const directory = nationalDirectory();
  const all = directory.all();
  const tier = (name: string) => all.filter((unit) => unit.tier === name);

  it('holds 31 provinces, about 333 prefecture-level and 2,850 county-level units', () => {
    expect(tier('province')).toHaveLength(31);
    expect(tier('prefecture').length).toBeGreaterThanOrEqual(333);
    expect(tier('prefecture').length).toBeLessThan(345);
    expect(Math.abs(tier('county').length - 2_850)).toBeLessThan(30);
  });

  it('makes every county a pilot with assigned areas, about one in 28 a national one', () => {
    const counties = tier('county');
    expect(counties.every((unit) => unit.pilotLevel !== null)).toBe(true);
    expect(counties.every((unit) => (directory.assignedAreas(unit.code)?.areaCodes.length ?? 0) > 0)).toBe(
      true,
    );
    const national = counties.filter((unit) => unit.pilotLevel === 'national').length;
    expect(national).toBeGreaterThan(90);
    expect(national).toBeLessThan(130);
  });

  it('keeps Heilongjiang’s real units and lists every made-up code as synthetic', () => {
    for (const unit of heilongjiangSeed.units) expect(directory.get(unit.code)?.name).toBe(unit.name);
    const synthetic = new Set(nationalSeeds().flatMap((seed) => seed.meta?.['syntheticCodes'] as string[]));
    const real = new Set(heilongjiangSeed.units.map((unit) => unit.code));
    for (const unit of [...tier('prefecture'), ...tier('county')]) {
      const isDistrictsOfMunicipality = unit.name === '市辖区';
      expect(real.has(unit.code) || synthetic.has(unit.code) || isDistrictsOfMunicipality).toBe(true);
      if (synthetic.has(unit.code)) expect(unit.nameEn).toMatch(/^Synthetic /);
    }
  });
});

describe('the national store is decided by the domain', () => {
  it('the first 10,000 commands (every pilot set up, then catalogue stories) are all accepted', async () => {
    const directory = nationalDirectory();
    const store = openSqliteEventStore({ fileName: ':memory:' });
    const core = new WriteCore({ eventStore: store, directory, calendar: officialWorkingDayCalendar });
    const commands: CommandEnvelope[] = [];
    for (const envelope of nationalCommands(directory, { itemsPerCounty: 1, eventsPerItem: 7 })) {
      commands.push(envelope);
      if (commands.length === 10_000) break;
    }
    const rejected: string[] = [];
    for (const envelope of commands) {
      const outcome = await core.handle(envelope);
      if (outcome.status === 'rejected') rejected.push(`${envelope.messageId}: ${outcome.code}`);
    }
    await store.close();
    expect(rejected).toEqual([]);
    expect(commands.some((envelope) => envelope.command.type === 'DraftCatalogueItem')).toBe(true);
  }, 120_000);
});
