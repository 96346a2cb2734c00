import type { AnnualReportFigures } from '@gongkai/domain';
import type { AnnualFiguresView, ApplicationQueueView, ApplicationView } from '@gongkai/projections';
import type { GongkaiApiContext } from '../context';
import type { AsOfArgument } from './asOf';
import { toAsOf } from './asOf';

/** An application as GraphQL shows it: the facts dated by `asOf`, personal data flattened (own tenant). */
const toApplication = (view: ApplicationView) => {
  const { state, asOf } = view;
  const dated = <T extends object>(fact: T | null, on: (fact: T) => string): T | null =>
    fact !== null && on(fact) <= asOf ? fact : null;
  return {
    tenant: view.tenant,
    applicationId: view.applicationId,
    asOf,
    stage: view.stage,
    clock: view.clock,
    channel: state.channel,
    receivedOn: state.receivedOn,
    applicantKind: state.applicantKind,
    decision: dated(state.decision, (decision) => decision.decidedOn),
    delivery: dated(state.delivery, (delivery) => delivery.deliveredOn),
    cases: state.cases
      .filter((reviewOrSuit) => reviewOrSuit.filedOn <= asOf)
      .map((reviewOrSuit) =>
        reviewOrSuit.concludedOn !== null && reviewOrSuit.concludedOn > asOf
          ? { ...reviewOrSuit, concludedOn: null, outcome: null }
          : reviewOrSuit,
      ),
    personal:
      view.personal === null
        ? null
        : { ...view.personal.applicant, correctedRequest: view.personal.correctedRequest },
  };
};

const toFigures = (figures: AnnualReportFigures) => ({
  ...figures,
  applicationColumns: figures.applications.columns,
  applications: figures.applications.rows,
});

const toAnnualFigures = (view: AnnualFiguresView) => ({
  tenant: view.tenant,
  figures: toFigures(view.figures),
  counties: view.counties.map((county) => ({ ...county, figures: toFigures(county.figures) })),
});

const applicationsOf = (context: GongkaiApiContext) => context.gongkai.applications;

export const applicationQueryResolvers = {
  applicationQueue: (
    _: unknown,
    { code, asOf }: { code: string; asOf?: AsOfArgument | null },
    context: GongkaiApiContext,
  ): Promise<ApplicationQueueView | null> | null =>
    applicationsOf(context)?.queue(code, toAsOf(asOf)) ?? null,
  application: async (
    _: unknown,
    { tenant, id, asOf }: { tenant: string; id: string; asOf?: AsOfArgument | null },
    context: GongkaiApiContext,
  ) => {
    const viewer = context.scope.requireAuthenticated().tenant;
    const view = await applicationsOf(context)?.application(tenant, id, viewer, toAsOf(asOf));
    return view ? toApplication(view) : null;
  },
  annualReportFigures: async (
    _: unknown,
    { code, year, asOf }: { code: string; year: number; asOf?: AsOfArgument | null },
    context: GongkaiApiContext,
  ) => {
    const view = await applicationsOf(context)?.annualFigures(code, year, toAsOf(asOf));
    return view ? toAnnualFigures(view) : null;
  },
};
