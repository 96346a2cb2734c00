import { describe, expect, it } from 'vitest';
import { WriteCore } from '@gongkai/command-handling';
import type { CommandEnvelope } from '@gongkai/command-handling';
import { heilongjiangSeed, officialWorkingDayCalendar } from '@gongkai/domain';
import { openSqliteEventStore } from '@gongkai/event-store';
import { NationalWriter, nationalCommands, nationalDirectory } from './nationalDataset';
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
  it('the generator stores what the write core stores for the same commands, every one accepted', async () => {
    const directory = nationalDirectory();
    const commands: CommandEnvelope[] = [];
    for (const envelope of nationalCommands(directory, { itemsPerCounty: 1, eventsPerItem: 7 })) {
      commands.push(envelope);
      if (commands.length === 10_000) break;
    }
    expect(commands.some((envelope) => envelope.command.type === 'DraftCatalogueItem')).toBe(true);

    const throughCore = openSqliteEventStore({ fileName: ':memory:' });
    const core = new WriteCore({ eventStore: throughCore, directory, calendar: officialWorkingDayCalendar });
    const rejected: string[] = [];
    for (let from = 0; from < commands.length; from += 1_000) {
      const outcomes = await core.handleBatch(
        commands.slice(from, from + 1_000).map((envelope) => ({ ...envelope, parsed: true })),
        { recordOutcomes: false },
      );
      outcomes.forEach((outcome, index) => {
        if (outcome.status === 'rejected')
          rejected.push(`${commands[from + index]?.messageId}: ${outcome.code}`);
      });
    }
    expect(rejected).toEqual([]);

    // Small chunks, and item streams leaving memory after every chunk (read back when still in use).
    const generated = openSqliteEventStore({ fileName: ':memory:' });
    const writer = new NationalWriter(generated, directory, officialWorkingDayCalendar, {
      chunkEvents: 97,
      keptStreams: 4,
    });
    for (const envelope of commands) await writer.send(envelope);
    await writer.flush();
    expect(writer.rejected).toEqual([]);
    expect(writer.commands).toBe(commands.length);

    const all = async (store: typeof generated) => {
      const events: unknown[] = [];
      // Everything but the wall-clock time of the append.
      for await (const { recordedAt: _recordedAt, ...event } of store.readAll()) events.push(event);
      return events;
    };
    const expected = await all(throughCore);
    expect(writer.events).toBe(expected.length);
    expect(await all(generated)).toEqual(expected);
    await Promise.all([throughCore.close(), generated.close()]);
  }, 300_000);

  it('a command the domain refuses is reported, and nothing of it is stored', async () => {
    const directory = nationalDirectory();
    const [first] = nationalCommands(directory, { itemsPerCounty: 1, eventsPerItem: 7 });
    const store = openSqliteEventStore({ fileName: ':memory:' });
    const writer = new NationalWriter(store, directory, officialWorkingDayCalendar);
    await writer.send(first!);
    await writer.send(first!);
    await writer.flush();
    expect(writer.rejected).toHaveLength(1);
    expect(writer.rejected[0]).toContain(first!.messageId);
    expect(await store.headPosition()).toBe(writer.events);
    await store.close();
  });
});
