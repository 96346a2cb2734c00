import { TenantUnknownError } from './tenantUnknownError';
import { InvalidTenantSeedError } from './invalidTenantSeedError';
import { tenantSeedIssues } from './seedIntegrity';
import {
  NATIONAL_TENANT,
  type AreaAssignment,
  type DivisionCode,
  type TenantDirectory,
  type TenantSeed,
  type TenantUnit,
} from './types';

/** The pseudo-tenant the national viewer acts from; `parentCode` of every province. */
export const NATIONAL_UNIT: TenantUnit = Object.freeze({
  code: NATIONAL_TENANT,
  name: '全国',
  nameEn: 'Nationwide (State Council General Office view)',
  tier: 'national',
  parentCode: null,
  geographicPrefectureCode: null,
  provinceDirectlyAdministered: false,
  pilotLevel: null,
});

export interface SeededTenantDirectory extends TenantDirectory {
  /** Like `get`, but throws TenantUnknownError (`TENANT_UNKNOWN`) for an unknown code. */
  getOrThrow(code: DivisionCode): TenantUnit;
  /** The areas a pilot unit covers, or undefined when none are assigned. */
  assignedAreas(unitCode: DivisionCode): AreaAssignment | undefined;
}

/**
 * Builds the directory from one or more province seeds (validated first: throws
 * InvalidTenantSeedError). All reporting lines are precomputed, so lookups are map reads.
 */
export function createTenantDirectory(
  seedOrSeeds: TenantSeed | readonly TenantSeed[],
): SeededTenantDirectory {
  const seeds: readonly TenantSeed[] = isSeedList(seedOrSeeds) ? seedOrSeeds : [seedOrSeeds];
  const issues = tenantSeedIssues(seeds);
  if (issues.length > 0) throw new InvalidTenantSeedError(issues);

  const units = [NATIONAL_UNIT, ...seeds.flatMap((seed) => seed.units.map(normalize))];
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const ancestors = new Map(units.map((unit) => [unit.code, ancestorsOf(unit, byCode)]));
  const children = groupChildren(units);
  const areasByProvince = new Map(
    seeds.map((seed) => [provinceCodeOf(seed), Object.freeze([...seed.areas])]),
  );
  const assignments = new Map(
    seeds.flatMap((seed) => seed.areaAssignments).map((assignment) => [assignment.unitCode, assignment]),
  );

  const get = (code: DivisionCode) => byCode.get(code);
  return {
    get,
    getOrThrow: (code) => {
      const unit = get(code);
      if (!unit) throw new TenantUnknownError(code);
      return unit;
    },
    all: () => units,
    children: (code) => children.get(code) ?? [],
    ancestors: (code) => ancestors.get(code) ?? [],
    isSelfOrDescendant: (code, ancestor) =>
      byCode.has(code) && (code === ancestor || (ancestors.get(code) ?? []).includes(ancestor)),
    provinceOf: (code) =>
      [code, ...(ancestors.get(code) ?? [])].find((c) => byCode.get(c)?.tier === 'province'),
    pilotAreas: (provinceCode) => areasByProvince.get(provinceCode) ?? [],
    assignedAreas: (unitCode) => assignments.get(unitCode),
  };
}

const isSeedList = (value: TenantSeed | readonly TenantSeed[]): value is readonly TenantSeed[] =>
  Array.isArray(value);

// A province's parent is the national tenant whatever the seed says, so that reporting lines end
// at 000000 for every province.
const normalize = (unit: TenantUnit): TenantUnit =>
  Object.freeze(unit.tier === 'province' ? { ...unit, parentCode: NATIONAL_TENANT } : { ...unit });

const provinceCodeOf = (seed: TenantSeed): DivisionCode =>
  seed.units.find((unit) => unit.tier === 'province')?.code ?? '';

function ancestorsOf(
  unit: TenantUnit,
  byCode: ReadonlyMap<DivisionCode, TenantUnit>,
): readonly DivisionCode[] {
  const chain: DivisionCode[] = [];
  for (let code = unit.parentCode; code !== null && !chain.includes(code);) {
    chain.push(code);
    code = byCode.get(code)?.parentCode ?? null;
  }
  return Object.freeze(chain);
}

function groupChildren(units: readonly TenantUnit[]): ReadonlyMap<DivisionCode, readonly TenantUnit[]> {
  const children = new Map<DivisionCode, TenantUnit[]>();
  for (const unit of units) {
    if (unit.parentCode === null) continue;
    children.set(unit.parentCode, [...(children.get(unit.parentCode) ?? []), unit]);
  }
  return children;
}
