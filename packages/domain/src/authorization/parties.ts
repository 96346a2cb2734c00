import { provinceCodeOf, reportingParentOf, reportsThroughPrefecture } from '../context';
import type { DivisionCode, TenantDirectory, Tier } from '../tenants/types';

/** An admin of one tier acting from one tenant. */
export interface Party {
  tier: Tier;
  tenant: DivisionCode;
}

/** Who may act for a tenant, read from the directory's reporting lines. */
export type PartyRule = (tenant: DivisionCode, directory: TenantDirectory) => Party[];

/** The county itself. */
export const ownCounty: PartyRule = (tenant) => [{ tier: 'county', tenant }];

/** The province itself (reports are the province's own). */
export const ownProvince: PartyRule = (tenant) => [{ tier: 'province', tenant }];

/** The province the tenant belongs to. */
export const provinceOfTenant: PartyRule = (tenant, directory) => [
  { tier: 'province', tenant: provinceCodeOf(directory, tenant) },
];

/** The unit the tenant reports to: its prefecture, or the province for a province-administered county. */
export const reportingParent: PartyRule = (tenant, directory) => {
  const parent = reportingParentOf(directory, tenant);
  return [{ tier: parent.tier, tenant: parent.code }];
};

/** 试点工作报告: the prefecture sends it; a province-administered county sends its own. */
export const pilotReportSender: PartyRule = (tenant, directory) =>
  reportsThroughPrefecture(directory, tenant)
    ? reportingParent(tenant, directory)
    : ownCounty(tenant, directory);

/** The county or any government above it on its reporting line (evaluations may be organised higher up). */
export const countyOrReportingLine: PartyRule = (tenant, directory) => [
  ...ownCounty(tenant, directory),
  ...directory.ancestors(tenant).flatMap((code) => {
    const unit = directory.get(code);
    return unit && unit.tier !== 'national' ? [{ tier: unit.tier, tenant: code }] : [];
  }),
];
