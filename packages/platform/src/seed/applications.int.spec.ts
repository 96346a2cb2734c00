import { WriteCore } from '@gongkai/command-handling';
import { officialWorkingDayCalendar } from '@gongkai/domain';
import { openSqliteEventStore } from '@gongkai/event-store';
import { describe, expect, it } from 'vitest';
import { seedApplicationCommands, seedApplications } from './applications';
import { seedDirectory, seedUnits } from './units';

describe('the seed step "applications" (依申请公开)', () => {
  it('every pilot county receives applications in every year 2017–2021, under both regulations', () => {
    const received = [...seedApplicationCommands()].filter(
      (envelope) => envelope.command.type === 'ReceiveApplication',
    );
    for (const unit of seedUnits()) {
      for (const year of [2017, 2018, 2019, 2020, 2021]) {
        const count = received.filter(
          (envelope) =>
            envelope.command.data.tenant === unit.code && envelope.occurredAt.startsWith(`${year}-`),
        ).length;
        expect(count, `${unit.code} ${year}`).toBeGreaterThanOrEqual(10);
      }
    }
    const days = received.map((envelope) => envelope.occurredAt.slice(0, 10));
    expect(days.some((day) => day < '2019-05-15')).toBe(true);
    expect(days.some((day) => day >= '2019-05-15')).toBe(true);
  });

  it('the write core accepts every command, as each county office (its own tenant)', async () => {
    const eventStore = openSqliteEventStore({ fileName: ':memory:' });
    try {
      const core = new WriteCore({
        eventStore,
        directory: seedDirectory,
        calendar: officialWorkingDayCalendar,
      });
      const result = await seedApplications(core);
      expect(result.rejected).toEqual([]);
      expect(result.events).toBe(result.commands);
      expect(result.commands).toBeGreaterThan(10_000);
    } finally {
      await eventStore.close();
    }
  }, 120_000);
});
