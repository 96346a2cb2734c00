/**
 * Same union as `Tier` in `@gongkai/event-store`'s port (structurally identical, so the two are
 * interchangeable); declared here because the domain depends on nothing with I/O.
 */
export type Tier = 'county' | 'prefecture' | 'province' | 'national';

/** GB/T 2260 six-digit administrative division code; also the tenant id. */
export type DivisionCode = string;

/** The national viewer acts from this pseudo-tenant, above every province. */
export const NATIONAL_TENANT: DivisionCode = '000000';

export type PilotLevel = 'national' | 'provincial' | 'self-organized';

/** Kebab-case code of one of the pilot areas (areas.json), e.g. `compulsory-education`. */
export type AreaCode = string;

export interface TenantUnit {
  code: DivisionCode;
  /** Chinese name, as in data (e.g. 道里区). */
  name: string;
  nameEn: string;
  tier: Tier;
  /** The unit this one reports to (data, not code: province-administered counties report to the province). */
  parentCode: DivisionCode | null;
  /** For counties: the prefecture the county lies in geographically. */
  geographicPrefectureCode: DivisionCode | null;
  provinceDirectlyAdministered: boolean;
  /** Set for pilot units. */
  pilotLevel: PilotLevel | null;
}

export interface PilotArea {
  code: AreaCode;
  name: string;
  nameEn: string;
  pilotLevels: PilotLevel[];
}

/** The administrative hierarchy, as data. Pure: built from a seed object, no I/O. */
export interface TenantDirectory {
  get(code: DivisionCode): TenantUnit | undefined;
  all(): readonly TenantUnit[];
  /** Units whose reporting parent is `code`. */
  children(code: DivisionCode): readonly TenantUnit[];
  /** Reporting-line ancestors of `code`, nearest first (excluding `code`; the national tenant last). */
  ancestors(code: DivisionCode): readonly DivisionCode[];
  /** True when `code` is `ancestor` or lies below it on the reporting line. */
  isSelfOrDescendant(code: DivisionCode, ancestor: DivisionCode): boolean;
  /** The province a unit belongs to. */
  provinceOf(code: DivisionCode): DivisionCode | undefined;
  /** The pilot areas of a province's seed, in seed order (empty for an unknown province). */
  pilotAreas(provinceCode: DivisionCode): readonly PilotArea[];
}

/**
 * Which pilot areas a pilot unit covers. `seed-configuration`: assumed from the unit's pilot level
 * because no official per-unit list was found; `official-attachment`: taken from the plan's list.
 */
export interface AreaAssignment {
  unitCode: DivisionCode;
  areaCodes: AreaCode[];
  basis: 'seed-configuration' | 'official-attachment';
}

/** One province's reference data: its units (the province first), pilot areas and area assignments. */
export interface TenantSeed {
  meta?: Record<string, unknown>;
  units: TenantUnit[];
  areas: PilotArea[];
  areaAssignments: AreaAssignment[];
}
