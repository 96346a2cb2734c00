import { describe, expect, test } from 'vitest';

import { createTenantDirectory } from './directory';
import { heilongjiangSeed } from './heilongjiang';
import { isInvalidTenantSeedError } from './invalidTenantSeedError';
import { isTenantUnknownError } from './tenantUnknownError';
import { NATIONAL_TENANT, type TenantSeed, type TenantUnit } from './types';

const directory = createTenantDirectory(heilongjiangSeed);
const HEILONGJIANG = '230000';
const MUDANJIANG = '231000';
const SUIFENHE = '231081';
const DONGNING = '231086';

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('reporting lines', () => {
  test('东宁市 reports to 牡丹江市, which reports to the province, which reports to the national tenant', () => {
    expect(directory.ancestors(DONGNING)).toEqual([MUDANJIANG, HEILONGJIANG, NATIONAL_TENANT]);
  });

  test('绥芬河市 reports to the province, not to 牡丹江市, though it lies in 牡丹江市', () => {
    expect(directory.ancestors(SUIFENHE)).toEqual([HEILONGJIANG, NATIONAL_TENANT]);
    expect(directory.get(SUIFENHE)).toMatchObject({
      parentCode: HEILONGJIANG,
      geographicPrefectureCode: MUDANJIANG,
    });
    expect(directory.isSelfOrDescendant(SUIFENHE, MUDANJIANG)).toBe(false);
  });

  test('抚远市 is likewise a direct child of the province', () => {
    expect(directory.children(HEILONGJIANG).map((unit) => unit.name)).toContain('抚远市');
    expect(directory.children('230800').map((unit) => unit.name)).not.toContain('抚远市');
  });

  test('牡丹江市 sees 东宁市 below it but not 绥芬河市', () => {
    expect(directory.children(MUDANJIANG).map((unit) => unit.name)).toEqual(['东宁市']);
    expect(directory.isSelfOrDescendant(DONGNING, MUDANJIANG)).toBe(true);
  });

  test('the national tenant sits above every province and has no ancestors of its own', () => {
    expect(directory.get(NATIONAL_TENANT)).toMatchObject({ tier: 'national', parentCode: null });
    expect(directory.get(HEILONGJIANG)?.parentCode).toBe(NATIONAL_TENANT);
    expect(directory.children(NATIONAL_TENANT).map((unit) => unit.code)).toEqual([HEILONGJIANG]);
    expect(directory.ancestors(NATIONAL_TENANT)).toEqual([]);
    expect(directory.all().every((unit) => directory.isSelfOrDescendant(unit.code, NATIONAL_TENANT))).toBe(
      true,
    );
  });

  test('a unit is its own scope, and a county is not above its prefecture', () => {
    expect(directory.isSelfOrDescendant(DONGNING, DONGNING)).toBe(true);
    expect(directory.isSelfOrDescendant(MUDANJIANG, DONGNING)).toBe(false);
  });

  test('every unit but the national tenant belongs to 黑龙江省', () => {
    expect(directory.provinceOf(SUIFENHE)).toBe(HEILONGJIANG);
    expect(directory.provinceOf(MUDANJIANG)).toBe(HEILONGJIANG);
    expect(directory.provinceOf(HEILONGJIANG)).toBe(HEILONGJIANG);
    expect(directory.provinceOf(NATIONAL_TENANT)).toBeUndefined();
  });
});

describe('unknown tenants', () => {
  test('an unknown code has no unit, no ancestors and no scope, and getOrThrow says TENANT_UNKNOWN', () => {
    expect(directory.get('231024')).toBeUndefined();
    expect(directory.ancestors('231024')).toEqual([]);
    expect(directory.isSelfOrDescendant('231024', '231024')).toBe(false);
    expect(isTenantUnknownError(thrown(() => directory.getOrThrow('231024')))).toBe(true);
  });
});

describe('any seed, any number of provinces', () => {
  const unit = (over: Partial<TenantUnit> & Pick<TenantUnit, 'code' | 'tier'>): TenantUnit => ({
    name: over.code,
    nameEn: over.code,
    parentCode: null,
    geographicPrefectureCode: null,
    provinceDirectlyAdministered: false,
    pilotLevel: null,
    ...over,
  });
  const otherProvince: TenantSeed = {
    units: [
      unit({ code: '410000', tier: 'province' }),
      unit({ code: '410100', tier: 'prefecture', parentCode: '410000' }),
      unit({ code: '410102', tier: 'county', parentCode: '410100', geographicPrefectureCode: '410100' }),
    ],
    areas: [],
    areaAssignments: [],
  };

  test('two provinces share the national tenant but not each other', () => {
    const both = createTenantDirectory([heilongjiangSeed, otherProvince]);
    expect(both.children(NATIONAL_TENANT).map((u) => u.code)).toEqual([HEILONGJIANG, '410000']);
    expect(both.isSelfOrDescendant('410102', HEILONGJIANG)).toBe(false);
    expect(both.provinceOf('410102')).toBe('410000');
  });

  test('a county whose parent is missing is rejected with INVALID_TENANT_SEED', () => {
    const broken: TenantSeed = {
      ...otherProvince,
      units: [...otherProvince.units, unit({ code: '410200', tier: 'county', parentCode: '419900' })],
    };
    const error = thrown(() => createTenantDirectory(broken));
    expect(isInvalidTenantSeedError(error)).toBe(true);
    expect((error as Error).message).toContain("410200 (410200): a county's parentCode must be a prefecture");
  });

  test('the same code in two seeds is rejected', () => {
    expect(() => createTenantDirectory([otherProvince, otherProvince])).toThrow(/appears more than once/);
  });
});
