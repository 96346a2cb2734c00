import type { DivisionCode, PilotArea, PilotLevel, TenantDirectory, TenantUnit } from './types';

export const isPilotUnit = (unit: TenantUnit): boolean => unit.pilotLevel !== null;

/** A province's pilot units, optionally of one pilot level, in seed order. */
export const pilotUnits = (
  directory: TenantDirectory,
  provinceCode: DivisionCode,
  level?: PilotLevel,
): readonly TenantUnit[] =>
  directory
    .all()
    .filter(
      (unit) =>
        isPilotUnit(unit) &&
        (level === undefined || unit.pilotLevel === level) &&
        directory.provinceOf(unit.code) === provinceCode,
    );

/** The areas a pilot level covers (an area may belong to both levels). */
export const pilotAreasForLevel = (areas: readonly PilotArea[], level: PilotLevel): readonly PilotArea[] =>
  areas.filter((area) => area.pilotLevels.includes(level));
