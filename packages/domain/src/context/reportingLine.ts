import { TenantUnknownError } from '../tenants/tenantUnknownError';
import type { DivisionCode, TenantDirectory, TenantUnit } from '../tenants/types';

/** The unit, or TENANT_UNKNOWN. */
export const requireTenant = (directory: TenantDirectory, code: DivisionCode): TenantUnit => {
  const unit = directory.get(code);
  if (!unit) throw new TenantUnknownError(code);
  return unit;
};

/** The unit `code` reports to (data: a province-administered county reports to the province). */
export const reportingParentOf = (directory: TenantDirectory, code: DivisionCode): TenantUnit => {
  const parentCode = requireTenant(directory, code).parentCode;
  if (parentCode === null) throw new TenantUnknownError(`parent of ${code}`);
  return requireTenant(directory, parentCode);
};

/** The province a unit belongs to. */
export const provinceCodeOf = (directory: TenantDirectory, code: DivisionCode): DivisionCode => {
  const province = directory.provinceOf(code);
  if (province === undefined) throw new TenantUnknownError(`province of ${code}`);
  return province;
};

/** True when the unit's reporting parent is a prefecture (so a prefecture acceptance stage exists). */
export const reportsThroughPrefecture = (directory: TenantDirectory, code: DivisionCode): boolean =>
  reportingParentOf(directory, code).tier === 'prefecture';
