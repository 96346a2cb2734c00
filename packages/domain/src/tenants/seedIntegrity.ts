import { NATIONAL_TENANT, type DivisionCode, type TenantSeed, type TenantUnit } from './types';

/**
 * Rules a seed must satisfy for the directory to derive reporting lines from it; empty when the
 * seeds are usable together. Tier rules (a prefecture reports to a province, a county to a
 * prefecture unless province-directly-administered) also rule out cycles.
 */
export function tenantSeedIssues(seeds: readonly TenantSeed[]): string[] {
  return [...duplicateCodeIssues(seeds), ...seeds.flatMap(seedIssues)];
}

function duplicateCodeIssues(seeds: readonly TenantSeed[]): string[] {
  const seen = new Set<DivisionCode>();
  return seeds
    .flatMap((seed) => seed.units)
    .flatMap(({ code }) => {
      if (code === NATIONAL_TENANT) return [`unit ${code} is reserved for the national tenant`];
      if (seen.has(code)) return [`unit ${code} appears more than once`];
      seen.add(code);
      return [];
    });
}

function seedIssues(seed: TenantSeed): string[] {
  const byCode = new Map(seed.units.map((unit) => [unit.code, unit]));
  const provinces = seed.units.filter((unit) => unit.tier === 'province');
  return [
    ...(provinces.length === 1 ? [] : [`a seed holds exactly one province, found ${provinces.length}`]),
    ...seed.units.flatMap((unit) => [...placementIssues(unit, byCode), ...attributeIssues(unit, byCode)]),
    ...areaIssues(seed, byCode),
  ];
}

function placementIssues(unit: TenantUnit, byCode: ReadonlyMap<DivisionCode, TenantUnit>): string[] {
  const parent = unit.parentCode === null ? undefined : byCode.get(unit.parentCode);
  const label = `${unit.name} (${unit.code})`;
  if (unit.tier === 'province') {
    return unit.parentCode === null || unit.parentCode === NATIONAL_TENANT
      ? []
      : [`${label}: a province reports to the national tenant; set parentCode to null`];
  }
  if (unit.tier === 'prefecture') {
    return parent?.tier === 'province' ? [] : [`${label}: a prefecture's parentCode must be its province`];
  }
  if (unit.provinceDirectlyAdministered) {
    return parent?.tier === 'province'
      ? []
      : [`${label}: a province-directly-administered county's parentCode must be the province`];
  }
  return parent?.tier === 'prefecture'
    ? []
    : [`${label}: a county's parentCode must be a prefecture of the seed`];
}

function attributeIssues(unit: TenantUnit, byCode: ReadonlyMap<DivisionCode, TenantUnit>): string[] {
  const label = `${unit.name} (${unit.code})`;
  if (unit.tier !== 'county') {
    const countyOnly =
      unit.geographicPrefectureCode !== null || unit.provinceDirectlyAdministered || unit.pilotLevel !== null;
    return countyOnly
      ? [
          `${label}: geographicPrefectureCode, provinceDirectlyAdministered and pilotLevel are for counties only`,
        ]
      : [];
  }
  const prefecture =
    unit.geographicPrefectureCode === null ? undefined : byCode.get(unit.geographicPrefectureCode);
  return prefecture?.tier === 'prefecture'
    ? []
    : [`${label}: geographicPrefectureCode must be the prefecture of the seed the county lies in`];
}

function areaIssues(seed: TenantSeed, byCode: ReadonlyMap<DivisionCode, TenantUnit>): string[] {
  const areaCodes = new Set(seed.areas.map((area) => area.code));
  const assigned = new Set<DivisionCode>();
  return [
    ...(areaCodes.size === seed.areas.length ? [] : ['an area code appears more than once']),
    ...seed.areaAssignments.flatMap(({ unitCode, areaCodes: codes }) => {
      const unit = byCode.get(unitCode);
      const issues = [
        ...(unit?.pilotLevel ? [] : [`area assignment for ${unitCode}: not a pilot unit of the seed`]),
        ...(assigned.has(unitCode) ? [`area assignment for ${unitCode}: given more than once`] : []),
        ...codes
          .filter((code) => !areaCodes.has(code))
          .map((code) => `area assignment for ${unitCode}: unknown area ${code}`),
      ];
      assigned.add(unitCode);
      return issues;
    }),
  ];
}
