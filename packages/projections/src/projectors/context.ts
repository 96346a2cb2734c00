import type { DivisionCode, TenantDirectory } from '@gongkai/domain';

/** Reference data projectors and views consult: the tenant directory and the pilot areas' names. */
export interface ProjectionContext {
  directory: TenantDirectory;
  /** Chinese name of a pilot area; the code when unknown. */
  areaName(code: string): string;
  /** Reporting-line ancestors of a tenant, nearest first ([] for an unknown tenant). */
  ancestorsOf(code: DivisionCode): readonly DivisionCode[];
}

/** The context for a directory; the area names come from every province's seed. */
export const projectionContextFor = (directory: TenantDirectory): ProjectionContext => {
  const names = new Map<string, string>();
  for (const unit of directory.all()) {
    if (unit.tier !== 'province') continue;
    for (const area of directory.pilotAreas(unit.code) ?? []) names.set(area.code, area.name);
  }
  const ancestors = new Map<string, readonly string[]>();
  return {
    directory,
    areaName: (code) => names.get(code) ?? code,
    ancestorsOf: (code) => {
      let found = ancestors.get(code);
      if (found === undefined) {
        found = [...directory.ancestors(code)];
        ancestors.set(code, found);
      }
      return found;
    },
  };
};
