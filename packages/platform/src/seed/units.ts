import type { Actor, AreaCode, PilotLevel, SeededTenantDirectory, TenantUnit } from '@gongkai/domain';
import { createTenantDirectory, heilongjiangSeed, pilotUnits } from '@gongkai/domain';

export const HEILONGJIANG = '230000';

/** The directory the seed is written against (the platform's own, built from the same data). */
export const seedDirectory: SeededTenantDirectory = createTenantDirectory(heilongjiangSeed);

/** A pilot unit with what the seed needs to write about it. */
export interface SeedUnit {
  code: string;
  name: string;
  level: PilotLevel;
  areas: readonly AreaCode[];
  /** The unit it reports to: its prefecture, or the province for 绥芬河市 and 抚远市. */
  reportingParent: TenantUnit;
  throughPrefecture: boolean;
  /**
   * The county portal, for the URLs of online disclosures: illustrative, under the reserved `.example`
   * top-level domain (RFC 2606), so no address of the seed poses as a real government site.
   */
  site: string;
  /** Prefix of the county government office's document numbers, e.g. 道政办发. */
  documentPrefix: string;
  county: Actor;
  /** The prefecture admin for a county that reports through its prefecture, else the province admin. */
  parent: Actor;
  province: Actor;
}

// Pinyin of the pilot counties (units.json), used as illustrative host names.
const SITE_NAMES: Readonly<Record<string, string>> = {
  '230102': 'daoli',
  '230202': 'longsha',
  '231086': 'dongning',
  '230828': 'tangyuan',
  '230624': 'duerbote',
  '230382': 'mishan',
  '231282': 'zhaodong',
  '230781': 'tieli',
  '230522': 'youyi',
  '230921': 'boli',
  '232721': 'huma',
  '230421': 'luobei',
  '231123': 'xunke',
  '231081': 'suifenhe',
  '230883': 'fuyuan',
};

/** The admin of a tenant, as the seed's principal. */
export const adminOf = (unit: TenantUnit): Actor => ({
  id: `seed:${unit.tier}-admin-${unit.code}`,
  tier: unit.tier,
  tenant: unit.code,
});

const toSeedUnit = (unit: TenantUnit, directory: SeededTenantDirectory): SeedUnit => {
  const reportingParent = directory.getOrThrow(unit.parentCode ?? HEILONGJIANG);
  const province = directory.getOrThrow(HEILONGJIANG);
  return {
    code: unit.code,
    name: unit.name,
    level: unit.pilotLevel ?? 'self-organized',
    areas: directory.assignedAreas(unit.code)?.areaCodes ?? [],
    reportingParent,
    throughPrefecture: reportingParent.tier === 'prefecture',
    site: `http://www.${SITE_NAMES[unit.code] ?? `county${unit.code}`}.gov.cn.example`,
    documentPrefix: `${unit.name.slice(0, 1)}政办发`,
    county: adminOf(unit),
    parent: adminOf(reportingParent),
    province: adminOf(province),
  };
};

/** The 15 pilot units of Heilongjiang in directory order: the 7 national pilots, then the 8 provincial. */
export const seedUnits = (directory: SeededTenantDirectory = seedDirectory): SeedUnit[] =>
  pilotUnits(directory, HEILONGJIANG).map((unit) => toSeedUnit(unit, directory));
