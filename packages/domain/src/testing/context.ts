import { officialWorkingDayCalendar } from '../calendar';
import type { CommandContext } from '../commands/commandContext';
import { createTenantDirectory, heilongjiangSeed } from '../tenants';
import { countyAdmin } from './actors';

/** The seeded Heilongjiang directory: 道里区 230102 reports to 哈尔滨市 230100; 绥芬河市 231081 to the province. */
export const testDirectory = createTenantDirectory(heilongjiangSeed);

/** The official calendar (2017–2026 holiday notices, with make-up working days). */
export const testCalendar = officialWorkingDayCalendar;

/** After every date the fixtures use, so no fact is "in the future" unless a test says so. */
export const TEST_OCCURRED_AT = '2018-12-31T12:00:00+08:00';

export const testContext = (overrides: Partial<CommandContext> = {}): CommandContext => ({
  actor: countyAdmin('230102'),
  occurredAt: TEST_OCCURRED_AT,
  directory: testDirectory,
  calendar: testCalendar,
  ...overrides,
});
