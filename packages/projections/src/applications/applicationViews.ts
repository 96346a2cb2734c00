import type {
  AnnualReportFigures,
  ApplicationClock,
  ApplicationState,
  DivisionCode,
  IsoDate,
  WorkingDayCalendar,
} from '@gongkai/domain';
import { annualReportFigures, applicationClock } from '@gongkai/domain';
import type { ProjectionContext } from '../projectors/context';
import type { ReadModelStore } from '../readModelStore';
import { visibleToTenant } from '../readModelStore';
import type {
  ApplicationDocument,
  ApplicationPersonal,
  OpenApplicationsDocument,
  OpenInMonthDocument,
  StageMonthDocument,
  StageTotalsDocument,
  YearFiguresDocument,
} from './applicationsProjector';
import {
  APPLICATION_STAGE_MONTHS,
  APPLICATION_STAGE_TOTALS,
  APPLICATION_YEAR_FIGURES,
  APPLICATIONS,
  CLOSED_OPEN_IN_MONTH,
  OPEN_APPLICATIONS,
} from './applicationsProjector';
import type { ApplicationStage } from './applicationStage';
import { applicationStages, DUE_SOON_WORKING_DAYS, stageOf } from './applicationStage';
import {
  addFigures,
  addVector,
  cellsAsOf,
  copyFigures,
  figuresVector,
  isClosed,
  sumAnnualFigures,
  yearsOf,
} from './figureSums';
import { stageCountsAsOf } from './queueCounters';

/** One application as a view: its facts (no personal data) and its clock as of the day asked. */
export interface ApplicationView {
  tenant: DivisionCode;
  ancestors: readonly DivisionCode[];
  applicationId: string;
  asOf: IsoDate;
  stage: ApplicationStage;
  clock: ApplicationClock;
  /** The domain's state as of the latest event (dated facts after `asOf` are judged by the clock, not hidden). */
  state: ApplicationState;
  /** The office's own tenant only; null for everyone else. */
  personal: ApplicationPersonal | null;
}

export interface QueueEntry {
  tenant: DivisionCode;
  applicationId: string;
  receivedOn: IsoDate;
  stage: ApplicationStage;
  clock: ApplicationClock;
  dueSoon: boolean;
}

export interface QueueCounts {
  open: number;
  dueSoon: number;
  overdue: number;
  paused: number;
  awaitingCorrection: number;
}

export interface QueueRow extends QueueCounts {
  tenant: DivisionCode;
  name: string;
}

/** An office's queue, or the queues below a prefecture or province rolled up. */
export interface ApplicationQueueView {
  tenant: DivisionCode;
  asOf: IsoDate;
  dueSoonWithinWorkingDays: number;
  counts: QueueCounts;
  byStage: readonly { stage: ApplicationStage; count: number }[];
  /** One row per county office below (the office itself for a county). */
  offices: readonly QueueRow[];
  /** The open applications (not yet decided), soonest due first; no personal data. */
  open: readonly QueueEntry[];
}

/** The annual report's figures of a tenant: its own (county) or the sum of the counties below. */
export interface AnnualFiguresView {
  tenant: DivisionCode;
  figures: AnnualReportFigures;
  /** Each county office's figures; the tenant's are their sum. */
  counties: readonly { tenant: DivisionCode; name: string; figures: AnnualReportFigures }[];
}

/**
 * An application whose state as of a position differs from its live one (an event of it came
 * after the position): the live state, which the per-county documents count, and the state it had
 * then (null: not yet received).
 */
export interface PastApplication {
  tenant: DivisionCode;
  live: ApplicationState;
  past: ApplicationState | null;
}

/** The applications changed after a position, by `pastKey`. */
export type PastApplications = ReadonlyMap<string, PastApplication>;

export const pastKey = (tenant: DivisionCode, applicationId: string): string => `${tenant}/${applicationId}`;

const NO_PAST: PastApplications = new Map();

const zeroCounts = (): QueueCounts => ({ open: 0, dueSoon: 0, overdue: 0, paused: 0, awaitingCorrection: 0 });

const addCounts = (into: QueueCounts, entry: QueueEntry): void => {
  into.open += 1;
  if (entry.dueSoon) into.dueSoon += 1;
  if (entry.clock.status === 'overdue') into.overdue += 1;
  if (entry.clock.status === 'paused') into.paused += 1;
  if (entry.clock.status === 'awaiting-correction') into.awaitingCorrection += 1;
};

const byDue = (a: QueueEntry, b: QueueEntry): number =>
  (a.clock.dueOn ?? '9999') < (b.clock.dueOn ?? '9999')
    ? -1
    : (a.clock.dueOn ?? '9999') > (b.clock.dueOn ?? '9999')
      ? 1
      : a.applicationId < b.applicationId
        ? -1
        : 1;

/**
 * Each county's closed applications' counts by stage as of `asOf`: its stage month's opening plus
 * the month's changes up to the day (no document of the month: it is after the county's last, whose
 * counts are final; none before its first).
 */
const closedCountsAsOf = (
  totals: readonly StageTotalsDocument[],
  stageMonths: readonly StageMonthDocument[],
  asOf: IsoDate,
): Map<DivisionCode, number[]> => {
  const month = asOf.slice(0, 7);
  const monthOf = new Map(stageMonths.map((document) => [document.tenant, document]));
  const closed = new Map<DivisionCode, number[]>();
  for (const county of totals) {
    if (county.firstMonth === null || month < county.firstMonth) continue;
    const document = monthOf.get(county.tenant);
    closed.set(
      county.tenant,
      document === undefined ? [...county.counts] : stageCountsAsOf(document.opening, document.days, asOf),
    );
  }
  return closed;
};

/** Gathers one queue: stage counts, each office's row and the open entries. */
class QueueBuilder {
  private readonly stages = applicationStages.map(() => 0);
  private readonly rows = new Map<DivisionCode, QueueRow>();
  private readonly open: QueueEntry[] = [];

  constructor(
    private readonly asOf: IsoDate,
    private readonly calendar: WorkingDayCalendar,
    private readonly nameOf: (tenant: DivisionCode) => string,
  ) {}

  private row(tenant: DivisionCode): QueueRow {
    let row = this.rows.get(tenant);
    if (row === undefined) {
      row = { tenant, name: this.nameOf(tenant), ...zeroCounts() };
      this.rows.set(tenant, row);
    }
    return row;
  }

  /** The stage a closed application's live state has as of the date (what the counters count it in). */
  stageIndexOf(state: ApplicationState): number {
    return applicationStages.indexOf(
      stageOf(state, applicationClock(state, this.asOf, this.calendar), this.asOf),
    );
  }

  /** The closed applications' counts by stage (an office with none received by then has no row). */
  addClosedCounts(tenant: DivisionCode, counts: readonly number[]): void {
    if (counts.every((count) => count === 0)) return;
    this.row(tenant);
    counts.forEach((count, stage) => (this.stages[stage]! += count));
  }

  /**
   * One application judged as of the date: counted by stage unless the counters already count it
   * (`countStage` false for a closed one), listed when its clock still runs.
   */
  addApplication(tenant: DivisionCode, state: ApplicationState, countStage: boolean): void {
    const { asOf } = this;
    if (state.receivedOn === null || state.receivedOn > asOf) return;
    const row = this.row(tenant);
    // Counted already and answered by then: neither counted again nor listed, no clock needed.
    if (!countStage && state.decision !== null && state.decision.decidedOn <= asOf) return;
    const clock = applicationClock(state, asOf, this.calendar);
    const stage = stageOf(state, clock, asOf);
    if (countStage) this.stages[applicationStages.indexOf(stage)]! += 1;
    if (clock.status === 'decided') return;
    const dueSoon =
      clock.status === 'running' &&
      clock.dueOn !== null &&
      this.calendar.workingDaysBetween(asOf, clock.dueOn) <= DUE_SOON_WORKING_DAYS;
    const entry: QueueEntry = {
      tenant,
      applicationId: state.applicationId!,
      receivedOn: state.receivedOn,
      stage,
      clock,
      dueSoon,
    };
    this.open.push(entry);
    addCounts(row, entry);
  }

  /** A county's states from its documents, but those of applications changed after a position (`past`). */
  addStates(
    tenant: DivisionCode,
    states: readonly ApplicationState[],
    countStage: boolean,
    past: PastApplications,
  ): void {
    for (const state of states)
      if (past.size === 0 || !past.has(pastKey(tenant, state.applicationId!)))
        this.addApplication(tenant, state, countStage);
  }

  view(code: DivisionCode): ApplicationQueueView {
    const counts = zeroCounts();
    for (const entry of this.open) addCounts(counts, entry);
    return {
      tenant: code,
      asOf: this.asOf,
      dueSoonWithinWorkingDays: DUE_SOON_WORKING_DAYS,
      counts,
      byStage: applicationStages.map((stage, index) => ({ stage, count: this.stages[index]! })),
      offices: [...this.rows.values()].sort((a, b) => (a.tenant < b.tenant ? -1 : 1)),
      open: this.open.sort(byDue),
    };
  }
}

/**
 * The application views over one read-model store (live, or a replay as of a position). Dates are
 * judged by the facts' own dates: the clock and the figures leave out what is dated after `asOf`.
 */
export class ApplicationViews {
  constructor(
    private readonly store: ReadModelStore,
    private readonly context: ProjectionContext,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  /** One application; `personal` only when `viewer` is the office's own tenant. */
  async application(
    tenant: DivisionCode,
    applicationId: string,
    asOf: IsoDate,
    viewer: DivisionCode | null,
  ): Promise<ApplicationView | null> {
    const [document] = await this.store.find<ApplicationDocument>(APPLICATIONS, {
      filter: { tenant, applicationId },
    });
    if (document === undefined || document.receivedOn === null || document.receivedOn > asOf) return null;
    return this.viewOf(document, asOf, viewer === document.tenant);
  }

  /** The application with this tracking code (the public page): never with personal data. */
  async tracked(trackingCode: string, asOf: IsoDate): Promise<ApplicationView | null> {
    const [document] = await this.store.find<ApplicationDocument>(APPLICATIONS, {
      filter: { trackingCode },
    });
    if (document === undefined || document.receivedOn === null || document.receivedOn > asOf) return null;
    return this.viewOf(document, asOf, false);
  }

  private viewOf(document: ApplicationDocument, asOf: IsoDate, own: boolean): ApplicationView {
    const clock = applicationClock(document.state, asOf, this.calendar);
    return {
      tenant: document.tenant,
      ancestors: document.ancestors,
      applicationId: document.applicationId,
      asOf,
      stage: stageOf(document.state, clock, asOf),
      clock,
      state: document.state,
      personal: own ? document.personal : null,
    };
  }

  /**
   * The queue as of `asOf`, from per-county documents only: the open applications' states, the
   * closed ones' counts by stage (on the 1st of `asOf`'s month, plus the changes of that month up to
   * it), and the closed ones that were open in `asOf`'s month. A county's queue reads four documents
   * and a province's four per county, however many applications they ever received.
   */
  async queue(
    code: DivisionCode,
    asOf: IsoDate,
    past: PastApplications = NO_PAST,
  ): Promise<ApplicationQueueView | null> {
    const unit = this.context.directory.get(code);
    if (!unit) return null;
    const filter = visibleToTenant(code);
    const month = asOf.slice(0, 7);
    const [openDocuments, totals, stageMonths, openInMonth] = await Promise.all([
      this.store.find<OpenApplicationsDocument>(OPEN_APPLICATIONS, { filter }),
      this.store.find<StageTotalsDocument>(APPLICATION_STAGE_TOTALS, { filter }),
      this.store.find<StageMonthDocument>(APPLICATION_STAGE_MONTHS, { filter: { ...filter, month } }),
      this.store.find<OpenInMonthDocument>(CLOSED_OPEN_IN_MONTH, { filter: { ...filter, month } }),
    ]);
    const queue = new QueueBuilder(asOf, this.calendar, (tenant) => this.countyName(tenant));
    const closed = closedCountsAsOf(totals, stageMonths, asOf);
    // The counters count a changed application by its live state: out, to be counted as it stood.
    for (const { tenant, live } of past.values()) {
      const counts = closed.get(tenant);
      if (counts !== undefined && isClosed(live) && live.receivedOn! <= asOf)
        counts[queue.stageIndexOf(live)]! -= 1;
    }
    for (const [tenant, counts] of closed) queue.addClosedCounts(tenant, counts);
    for (const document of openDocuments) queue.addStates(document.tenant, document.states, true, past);
    for (const document of openInMonth) queue.addStates(document.tenant, document.states, false, past);
    for (const { tenant, past: state } of past.values())
      if (state !== null) queue.addApplication(tenant, state, true);
    return queue.view(code);
  }

  /**
   * The annual report's figures for `year` as of `asOf` (a day within the year; the figures of a
   * finished year are as of 31 December): each county office's, and their sum for the tenant.
   * Both read the pre-aggregated county-year documents (one a county) plus the few open applications.
   */
  async annualFigures(
    code: DivisionCode,
    year: number,
    asOf?: IsoDate,
    past: PastApplications = NO_PAST,
  ): Promise<AnnualFiguresView | null> {
    const unit = this.context.directory.get(code);
    if (!unit) return null;
    const yearEnd = `${year}-12-31`;
    const within = asOf !== undefined && asOf < yearEnd ? asOf : undefined;
    const counties = await this.figuresByCounty(code, year, within, past);
    const empty = annualReportFigures([], year, within);
    return {
      tenant: code,
      figures: sumAnnualFigures(
        counties.map((county) => county.figures),
        empty,
      ),
      counties,
    };
  }

  private countyName(tenant: DivisionCode): string {
    return this.context.directory.get(tenant)?.name ?? tenant;
  }

  /**
   * Each county's figures of `year` as of `asOf` (31 December: year-end): its closed applications'
   * from the county-year document (year-end, or its opening plus the changes up to the day), its
   * open ones folded as of the day; the applications changed after a position (`past`) as they
   * stood. A county with no application in the figures is not listed.
   */
  private async figuresByCounty(
    code: DivisionCode,
    year: number,
    within: IsoDate | undefined,
    past: PastApplications,
  ) {
    const filter = visibleToTenant(code);
    const [years, open] = await Promise.all([
      this.store.find<YearFiguresDocument>(APPLICATION_YEAR_FIGURES, { filter: { ...filter, year } }),
      this.store.find<OpenApplicationsDocument>(OPEN_APPLICATIONS, { filter }),
    ]);
    const lastDay = within ?? `${year}-12-31`;
    const byCounty = new Map<DivisionCode, AnnualReportFigures>();
    const figuresOf = (tenant: DivisionCode): AnnualReportFigures =>
      byCounty.get(tenant) ?? byCounty.set(tenant, annualReportFigures([], year, within)).get(tenant)!;
    for (const document of years) {
      if (within === undefined) byCounty.set(document.tenant, copyFigures(document.figures));
      else addVector(figuresOf(document.tenant), cellsAsOf(document, within));
    }
    const received = (state: ApplicationState) => state.receivedOn !== null && state.receivedOn <= lastDay;
    const current = (tenant: DivisionCode, state: ApplicationState) =>
      past.size === 0 || !past.has(pastKey(tenant, state.applicationId!));
    const counted = new Map<DivisionCode, ApplicationState[]>();
    const count = (tenant: DivisionCode, state: ApplicationState) =>
      (counted.get(tenant) ?? counted.set(tenant, []).get(tenant)!).push(state);
    for (const document of open)
      for (const state of document.states)
        if (received(state) && current(document.tenant, state)) count(document.tenant, state);
    for (const { tenant, live, past: state } of past.values()) {
      // The county-year document counts a closed application by its live state: out, then as it stood.
      if (isClosed(live) && yearsOf(live).includes(year))
        addFigures(figuresOf(tenant), annualReportFigures([live], year, within), -1);
      if (state === null) continue;
      if (isClosed(state) ? yearsOf(state).includes(year) : received(state)) count(tenant, state);
    }
    for (const [tenant, states] of counted)
      addFigures(figuresOf(tenant), annualReportFigures(states, year, within));
    return [...byCounty.entries()]
      .filter(([, figures]) => figuresVector(figures).some((value) => value !== 0))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([tenant, figures]) => ({ tenant, name: this.countyName(tenant), figures }));
  }
}
