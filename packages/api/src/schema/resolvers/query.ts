import { NATIONAL_TENANT } from '@gongkai/domain';
import { MAX_CATALOGUE_PAGE } from '@gongkai/projections';
import type {
  CatalogueConnection,
  CatalogueFilter,
  CatalogueItemView,
  CatalogueItemViewStatus,
  CountyView,
  MilestonesView,
  NationalRollup,
  PrefectureView,
  ProvinceView,
} from '@gongkai/projections';
import type { AssessmentResult } from '../../reports/reportService';
import type { GongkaiApiContext } from '../context';
import type { AsOfArgument } from './asOf';
import { pageSize, toAsOf } from './asOf';
import { inAsOfSlot } from './asOfSlots';
import { applicationQueryResolvers } from './applications';
import { auditTrail } from './auditTrail';
import { intakeStatus } from './intakeStatus';
import { withCursorErrorsAsInput } from './cursorErrors';
import { toTenantUnit } from './tenantUnit';
import { withoutNulls } from './withoutNulls';

interface ViewArgs {
  readonly code: string;
  readonly asOf?: AsOfArgument | null;
}

interface CatalogueArgs {
  readonly tenant: string;
  readonly area?: string | null;
  readonly status?: CatalogueItemViewStatus | null;
  readonly filter?: CatalogueFilter | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

const me = (_: unknown, __: unknown, context: GongkaiApiContext) => {
  const principal = context.scope.requireAuthenticated();
  const unit = context.gongkai.directory.get(principal.tenant);
  return {
    id: principal.id,
    tenant: principal.tenant,
    tier: principal.tier,
    roles: principal.roles,
    unit: unit === undefined ? null : toTenantUnit(unit),
  };
};

// The guard has checked `parent`: every unit below a readable unit is readable too.
const tenants = (_: unknown, { parent }: { parent?: string | null }, context: GongkaiApiContext) => {
  const { directory } = context.gongkai;
  const units =
    parent == null
      ? directory.all().filter((unit) => context.scope.canRead(unit.code))
      : directory.children(parent);
  return units.map(toTenantUnit);
};

const catalogue = (
  _: unknown,
  args: CatalogueArgs,
  context: GongkaiApiContext,
): Promise<CatalogueConnection> => {
  const query = {
    tenant: args.tenant,
    first: pageSize(args.first, 20, MAX_CATALOGUE_PAGE),
    ...(args.after == null ? {} : { after: args.after }),
    ...(args.area == null ? {} : { area: args.area }),
    ...(args.status == null ? {} : { status: args.status }),
    ...(args.filter == null ? {} : { filter: withoutNulls(args.filter) as CatalogueFilter }),
  };
  return withCursorErrorsAsInput(() => context.gongkai.views.catalogue(query));
};

export const queryResolvers = {
  ...applicationQueryResolvers,
  me,
  tenants,
  countyView: (
    _: unknown,
    { code, asOf }: ViewArgs,
    context: GongkaiApiContext,
  ): Promise<CountyView | null> => {
    const at = toAsOf(asOf);
    return inAsOfSlot(context, at, () => context.gongkai.views.countyView(code, at));
  },
  prefectureView: (
    _: unknown,
    { code, asOf }: ViewArgs,
    context: GongkaiApiContext,
  ): Promise<PrefectureView | null> => {
    const at = toAsOf(asOf);
    return inAsOfSlot(context, at, () => context.gongkai.views.prefectureView(code, at));
  },
  provinceView: (
    _: unknown,
    { code, asOf }: ViewArgs,
    context: GongkaiApiContext,
  ): Promise<ProvinceView | null> => {
    const at = toAsOf(asOf);
    return inAsOfSlot(context, at, () => context.gongkai.views.provinceView(code, at));
  },
  // The rollup belongs to the national tenant: refuse before computing it, not after.
  nationalRollup: (
    _: unknown,
    { asOf }: { asOf?: AsOfArgument | null },
    context: GongkaiApiContext,
  ): Promise<NationalRollup> => {
    context.scope.assertCanRead(NATIONAL_TENANT);
    const at = toAsOf(asOf);
    return inAsOfSlot(context, at, () => context.gongkai.views.nationalRollup(at));
  },
  catalogue,
  catalogueItem: (
    _: unknown,
    { tenant, id, asOf }: { tenant: string; id: string; asOf?: AsOfArgument | null },
    context: GongkaiApiContext,
  ): Promise<CatalogueItemView | null> => {
    const at = toAsOf(asOf);
    return inAsOfSlot(context, at, () => context.gongkai.views.catalogueItem(tenant, id, at));
  },
  auditTrail,
  intakeStatus,
  milestones: (
    _: unknown,
    { tenant, asOf }: { tenant: string; asOf?: AsOfArgument | null },
    context: GongkaiApiContext,
  ): Promise<MilestonesView | null> => {
    const at = toAsOf(asOf);
    return inAsOfSlot(context, at, () => context.gongkai.views.milestones(tenant, at));
  },
  assessment: async (
    _: unknown,
    { code, asOf }: ViewArgs,
    context: GongkaiApiContext,
  ): Promise<AssessmentResult | null> => {
    const at = toAsOf(asOf);
    return (await inAsOfSlot(context, at, async () => context.gongkai.reports?.assessment(code, at))) ?? null;
  },
};
