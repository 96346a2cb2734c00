import type { TenantUnit } from '@gongkai/domain';

/** A directory unit as the GraphQL `TenantUnit` (tenant-owned: it carries its own code as `tenant`). */
export const toTenantUnit = (unit: TenantUnit) => ({
  tenant: unit.code,
  code: unit.code,
  name: unit.name,
  nameEn: unit.nameEn,
  tier: unit.tier,
  parent: unit.parentCode,
  geographicPrefecture: unit.geographicPrefectureCode,
  provinceDirectlyAdministered: unit.provinceDirectlyAdministered,
  pilotLevel: unit.pilotLevel,
});
