import type { Actor } from '../context';
import { publicActor } from '../context';
import type { DivisionCode, Tier } from '../tenants/types';
import { NATIONAL_TENANT } from '../tenants/types';

export const countyAdmin = (tenant: DivisionCode): Actor => ({
  id: `test:county-admin-${tenant}`,
  tier: 'county',
  tenant,
});

export const prefectureAdmin = (tenant: DivisionCode): Actor => ({
  id: `test:prefecture-admin-${tenant}`,
  tier: 'prefecture',
  tenant,
});

export const provinceAdmin = (tenant: DivisionCode = '230000'): Actor => ({
  id: `test:province-admin-${tenant}`,
  tier: 'province',
  tenant,
});

export const nationalViewer = (): Actor => ({
  id: 'test:national-viewer',
  tier: 'national',
  tenant: NATIONAL_TENANT,
});

/** A member of the public on a unit's special-topic pages. */
export const publicVisitor = (tenant: DivisionCode, tier: Tier = 'county'): Actor =>
  publicActor({ code: tenant, tier });
