import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../testing/testPlatform';
import { actors, commands, DAOLI, PROVINCE, startTestPlatform, SUIFENHE } from '../testing/testPlatform';

let platform: TestPlatform;

// 绥芬河市 (a provincial pilot; the tenants file lists 13 areas for it) is registered on 2017-08-09
// and assigned two areas on 2017-09-01; 道里区 (8 areas in the tenants file) is registered, never assigned.
beforeAll(async () => {
  platform = await startTestPlatform({ today: '2018-12-31' });
  const province = actors.province();
  await platform.send(commands.register(SUIFENHE, 'provincial', '2017-08-09'), province, '2017-08-09');
  await platform.send(
    commands.assignAreas(SUIFENHE, ['social-insurance', 'tax-administration'], '2017-09-01'),
    province,
    '2017-09-01',
  );
  await platform.send(commands.register(DAOLI, 'national', '2017-08-09'), province, '2017-08-09');
});
afterAll(() => platform.close());

describe('assigned areas are what the province assigned, never the tenants file', () => {
  it('a registered pilot nobody has assigned areas to has none', async () => {
    const view = (await platform.views.countyView(DAOLI))!;
    expect(view.assignedAreas).toEqual([]);
    expect(view.byArea).toEqual([]);
  });

  it('a pilot has the areas of its assignment', async () => {
    expect((await platform.views.countyView(SUIFENHE))!.assignedAreas).toEqual([
      'social-insurance',
      'tax-administration',
    ]);
  });

  it('as of a date before the assignment, the county has no assigned areas', async () => {
    const view = (await platform.views.countyView(SUIFENHE, { date: '2017-08-20' }))!;
    expect(view.assignedAreas).toEqual([]);
  });

  it('the province rollup counts only assigned areas: none before the assignment, two after', async () => {
    const before = (await platform.views.provinceView(PROVINCE, { date: '2017-08-20' }))!;
    expect(before.rollup.assignedAreas).toBe(0);
    expect(before.rollup.byArea.filter((area) => area.assigned)).toEqual([]);
    const after = (await platform.views.provinceView(PROVINCE))!;
    expect(after.rollup.assignedAreas).toBe(2);
    expect(after.rollup.byArea.filter((area) => area.assigned).map((area) => area.area)).toEqual([
      'social-insurance',
      'tax-administration',
    ]);
  });
});
