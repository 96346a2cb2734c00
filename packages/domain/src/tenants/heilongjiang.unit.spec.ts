import { describe, expect, test } from 'vitest';

import { createTenantDirectory } from './directory';
import { heilongjiangSeed } from './heilongjiang';
import { isInvalidTenantSeedError } from './invalidTenantSeedError';
import { pilotAreasForLevel, pilotUnits } from './pilots';
import { parseTenantSeed } from './seedSchema';

const directory = createTenantDirectory(heilongjiangSeed);
const names = (units: readonly { name: string }[]) => units.map((unit) => unit.name);

describe('the Heilongjiang seed', () => {
  test('has the province, 13 prefectures (12 cities and 大兴安岭地区) and 15 pilot counties', () => {
    const byTier = (tier: string) => heilongjiangSeed.units.filter((unit) => unit.tier === tier);
    expect(names(byTier('province'))).toEqual(['黑龙江省']);
    expect(byTier('prefecture')).toHaveLength(13);
    expect(names(byTier('prefecture'))).toContain('大兴安岭地区');
    expect(byTier('county')).toHaveLength(15);
  });

  test('names 7 national pilots in the order of the plan, 道里区 first', () => {
    expect(names(pilotUnits(directory, '230000', 'national'))).toEqual([
      '道里区',
      '龙沙区',
      '东宁市',
      '汤原县',
      '杜尔伯特蒙古族自治县',
      '密山市',
      '肇东市',
    ]);
  });

  test('names 8 provincial pilots, the two province-directly-administered cities last', () => {
    const provincial = pilotUnits(directory, '230000', 'provincial');
    expect(provincial).toHaveLength(8);
    expect(names(provincial.filter((unit) => unit.provinceDirectlyAdministered))).toEqual([
      '绥芬河市',
      '抚远市',
    ]);
  });

  test('has 18 pilot areas: 8 national, 13 provincial, 征地补偿, 拆迁安置 and 扶贫救灾 at both levels', () => {
    const areas = directory.pilotAreas('230000');
    expect(areas).toHaveLength(18);
    expect(pilotAreasForLevel(areas, 'national')).toHaveLength(8);
    expect(pilotAreasForLevel(areas, 'provincial')).toHaveLength(13);
    expect(areas.filter((area) => area.pilotLevels.length === 2).map((area) => area.name)).toEqual([
      '征地补偿',
      '拆迁安置',
      '扶贫救灾',
    ]);
  });

  test('assigns 道里区 the national areas and 绥芬河市 the provincial ones, marked as seed configuration', () => {
    expect(directory.assignedAreas('230102')).toMatchObject({ basis: 'seed-configuration' });
    expect(directory.assignedAreas('230102')?.areaCodes).toHaveLength(8);
    expect(directory.assignedAreas('230102')?.areaCodes).toContain('compulsory-education');
    expect(directory.assignedAreas('231081')?.areaCodes).toHaveLength(13);
    expect(directory.assignedAreas('231081')?.areaCodes).toContain('household-registration');
    expect(directory.assignedAreas('230100')).toBeUndefined();
  });

  test('a prefecture is never a pilot unit itself', () => {
    expect(
      heilongjiangSeed.units.filter((unit) => unit.tier !== 'county' && unit.pilotLevel !== null),
    ).toEqual([]);
  });

  test('a seed whose assignment names an unknown area is refused with INVALID_TENANT_SEED', () => {
    const broken = {
      ...heilongjiangSeed,
      areaAssignments: [
        { unitCode: '230102', areaCodes: ['food-drug-regulation'], basis: 'seed-configuration' },
      ],
    };
    let error: unknown;
    try {
      parseTenantSeed(broken);
    } catch (caught) {
      error = caught;
    }
    expect(isInvalidTenantSeedError(error)).toBe(true);
    expect((error as Error).message).toContain('unknown area food-drug-regulation');
  });

  test('a seed with a five-digit code is refused before anything else is checked', () => {
    const broken = { ...heilongjiangSeed, units: [{ ...heilongjiangSeed.units[0], code: '23000' }] };
    expect(() => parseTenantSeed(broken)).toThrow(/six-digit/);
  });
});
