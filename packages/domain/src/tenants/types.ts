import type { Tier } from '@gongkai/event-store';

export type { Tier };

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
}
