import type { AnnualReportFigures } from '@gongkai/domain';
import type {
  AnnualFiguresView,
  ApplicationQueueView,
  ApplicationView,
  QueueEntry,
} from '@gongkai/projections';
import type { GongkaiApiContext } from '../context';
import { BadUserInputError } from '../errors/badUserInputError';
import type { AsOfArgument } from './asOf';
import { pageSize, toAsOf } from './asOf';

/** The default and the largest page of a queue's open applications (the SDL says both). */
export const QUEUE_PAGE_SIZE = 50;
export const MAX_QUEUE_PAGE = 500;

/** The queue's order: due date (none last), then application id; a cursor is that key. */
const sortKeyOf = (entry: QueueEntry): [string, string] => [
  entry.clock.dueOn ?? '9999-12-31',
  entry.applicationId,
];

const cursorOf = (entry: QueueEntry): string =>
  Buffer.from(JSON.stringify(sortKeyOf(entry))).toString('base64url');

const keyOfCursor = (cursor: string): [string, string] => {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === 'string'))
      return key as [string, string];
  } catch {
    // said below
  }
  throw new BadUserInputError(
    `after is not a cursor of this list: pass the endCursor of the previous page (got "${cursor}").`,
    'after',
  );
};

const isAfter = ([due, id]: [string, string], [afterDue, afterId]: [string, string]): boolean =>
  due > afterDue || (due === afterDue && id > afterId);

/** One page of the queue's open applications (already in the queue's order), after `after`'s entry. */
const openPage = (
  queue: ApplicationQueueView,
  { first, after }: { first?: number | null; after?: string | null },
) => {
  const size = pageSize(first, QUEUE_PAGE_SIZE, MAX_QUEUE_PAGE);
  const start =
    after == null
      ? 0
      : (() => {
          const key = keyOfCursor(after);
          const index = queue.open.findIndex((entry) => isAfter(sortKeyOf(entry), key));
          return index === -1 ? queue.open.length : index;
        })();
  const entries = queue.open.slice(start, start + size);
  return {
    // A cursor is encoded only when asked for (a queue page rarely selects it).
    edges: entries.map((node) => ({
      node,
      get cursor() {
        return cursorOf(node);
      },
    })),
    pageInfo: {
      endCursor: entries.length === 0 ? null : cursorOf(entries.at(-1)!),
      hasNextPage: start + size < queue.open.length,
    },
    totalCount: queue.open.length,
  };
};

export const applicationTypeResolvers = {
  ApplicationQueue: { open: openPage },
};

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
