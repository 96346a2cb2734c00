import type {
  AnnualReportFigures,
  ApplicantPersonal,
  ApplicationEvent,
  ApplicationState,
  StreamCategory,
  WorkingDayCalendar,
} from '@gongkai/domain';
import {
  APPLICATION_STREAM_CATEGORY,
  disclosureApplicationDecider,
  evolveApplication,
  initialApplicationState,
  officialWorkingDayCalendar,
} from '@gongkai/domain';
import { HISTORY_INDEXES, historyCollection } from '../history/documentHistory';
import type { ProjectionContext } from '../projectors/context';
import type { CachedDocument } from '../projectors/documentCache';
import { DocumentCache } from '../projectors/documentCache';
import type { ProjectedEvent, Projector } from '../projectors/types';
import type { IndexDefinition, UnitOfWork } from '../readModelStore';
import type { FigureDay } from './figureSums';
import { addFigures, addYearChanges, contributionOf, isClosed, yearChanges, yearsOf } from './figureSums';
import type { StageDay } from './queueCounters';
import {
  applyChange,
  nextMonth,
  openMonthsOf,
  stageTimeline,
  timelineChanges,
  zeroStageCounts,
} from './queueCounters';

export const APPLICATIONS_PROJECTOR = 'applications';
/**
 * One document per application (`_id` = its stream id), tenant = the office that received it. Its
 * history (`applicationsHistory`, the state before each event, keyed by position) answers the views
 * as of a position.
 */
export const APPLICATIONS = 'applications';

/**
 * The annual figures of one county and year (`_id` = `<county>-<year>`), pre-aggregated: the sum of
 * the year-end figures of its CLOSED applications (answered, every case concluded), whose figures no
 * longer change, and for the figures as of a day within the year the same sum as of 1 January
 * (`opening`) and its changes by day (`days`, sparse). Open ones are in OPEN_APPLICATIONS and
 * counted at query time.
 */
export const APPLICATION_YEAR_FIGURES = 'applicationYearFigures';
/** Per county (`_id` = the county): the states of its open applications (few: the carry-over). */
export const OPEN_APPLICATIONS = 'openApplications';
/**
 * Per county and month (`_id` = `<county>-<YYYY-MM>`), every month from the county's first closed
 * application's stage change to its last's: the counts by stage of its closed applications on the
 * 1st, and the days of the month they change (`queueCounters.ts`). A queue as of a day reads one
 * month a county (a year's days were ~12 times the bytes to read and parse).
 */
export const APPLICATION_STAGE_MONTHS = 'applicationStageMonths';
/** Per county (`_id` = the county): the span of its stage months, and its closed applications' counts by stage after the last. */
export const APPLICATION_STAGE_TOTALS = 'applicationStageTotals';
/**
 * Per county and month (`_id` = `<county>-<YYYY-MM>`): the states of its closed applications that
 * were open (received, not yet answered) in that month; the queue as of a past date reads one month.
 */
export const CLOSED_OPEN_IN_MONTH = 'closedApplicationsOpenInMonth';

export type YearFiguresDocument = CachedDocument & {
  year: number;
  figures: AnnualReportFigures;
  /** The cells (`figuresVector`'s order) as of 1 January. */
  opening: number[];
  /** The days the cells change, in date order, each change as sparse `[cell, change, …]` pairs. */
  days: FigureDay[];
};
export type OpenApplicationsDocument = CachedDocument & { states: ApplicationState[] };
export type StageMonthDocument = CachedDocument & { month: string; opening: number[]; days: StageDay[] };
export type StageTotalsDocument = CachedDocument & {
  firstMonth: string | null;
  lastMonth: string | null;
  counts: number[];
};
export type OpenInMonthDocument = CachedDocument & { month: string; states: ApplicationState[] };

/** The personal data of an application: shown to its office's own tenant only. */
export interface ApplicationPersonal {
  applicant: ApplicantPersonal | null;
  /** The request in its corrected words, once the correction arrived. */
  correctedRequest: string | null;
}

export type ApplicationDocument = CachedDocument & {
  applicationId: string;
  /** The tracking code the applicant follows the application with (indexed for the public page). */
  trackingCode: string | null;
  receivedOn: string | null;
  /** The domain's folded state: no personal data. */
  state: ApplicationState;
  personal: ApplicationPersonal;
};

const collectPersonal = (personal: ApplicationPersonal, event: ApplicationEvent): ApplicationPersonal => {
  if (event.type === 'ApplicationReceived') return { ...personal, applicant: event.data.personal };
  if (event.type === 'CorrectionReceived' && event.data.personal)
    return { ...personal, correctedRequest: event.data.personal.requestDescription };
  return personal;
};

/** A new application's document, before its first event. */
const newApplicationDocument = (
  context: ProjectionContext,
  projected: ProjectedEvent,
  applicationId: string,
): ApplicationDocument => ({
  _id: projected.recorded.streamId,
  _position: 0,
  tenant: projected.tenant,
  ancestors: context.ancestorsOf(projected.tenant),
  applicationId,
  trackingCode: null,
  receivedOn: null,
  state: initialApplicationState(),
  personal: { applicant: null, correctedRequest: null },
});

/**
 * Folds one event of the application's stream into its document (null: a new one), in place: the
 * projector's fold, and time travel's from a state the history kept. Events of other aggregates
 * are left out.
 */
export const foldApplicationEvent = (
  document: ApplicationDocument | null,
  projected: ProjectedEvent,
  context: ProjectionContext,
): ApplicationDocument | null => {
  const { event } = projected;
  if (!disclosureApplicationDecider.ownsEvent(event)) return document;
  const folded = document ?? newApplicationDocument(context, projected, event.data.applicationId);
  folded.state = evolveApplication(folded.state, event);
  folded.trackingCode = folded.state.trackingCode;
  folded.receivedOn = folded.state.receivedOn;
  folded.personal = collectPersonal(folded.personal, event);
  folded._position = projected.position;
  return folded;
};

/** One closed application's state added (`sign` 1) or withdrawn (-1) by the event at `position`. */
interface ClosedMove {
  unit: UnitOfWork;
  tenant: string;
  state: ApplicationState;
  sign: 1 | -1;
  position: number;
}

/** Puts `state` in place of the application's state in `document.states` (none: takes it out). */
const replaceState = (
  document: { states: ApplicationState[] },
  applicationId: string,
  state: ApplicationState | null,
): void => {
  document.states = document.states.filter((other) => other.applicationId !== applicationId);
  if (state !== null) document.states.push(state);
};

/** The on-request disclosure applications: the domain's state of each, and its personal data apart. */
class ApplicationsProjector implements Projector {
  readonly name = APPLICATIONS_PROJECTOR;
  readonly categories: readonly StreamCategory[] = [APPLICATION_STREAM_CATEGORY];
  readonly collections: Readonly<Record<string, readonly IndexDefinition[]>> = {
    [APPLICATIONS]: [['tenant', 'applicationId'], ['trackingCode']],
    [historyCollection(APPLICATIONS)]: HISTORY_INDEXES,
    [APPLICATION_YEAR_FIGURES]: [],
    [OPEN_APPLICATIONS]: [],
    [APPLICATION_STAGE_MONTHS]: [['month'], ['tenant', 'month']],
    [APPLICATION_STAGE_TOTALS]: [],
    [CLOSED_OPEN_IN_MONTH]: [['month'], ['tenant', 'month']],
  };
  // The state before every event: an application has a handful, and a view as of a position reads
  // the one kept state at it, no event.
  private readonly documents = new DocumentCache<ApplicationDocument>(APPLICATIONS, 10_000, {
    historyEvery: 1,
  });
  private readonly years = new DocumentCache<YearFiguresDocument>(APPLICATION_YEAR_FIGURES, 10_000);
  private readonly open = new DocumentCache<OpenApplicationsDocument>(OPEN_APPLICATIONS, 10_000);
  private readonly stageMonths = new DocumentCache<StageMonthDocument>(APPLICATION_STAGE_MONTHS, 10_000);
  private readonly stageTotals = new DocumentCache<StageTotalsDocument>(APPLICATION_STAGE_TOTALS, 10_000);
  private readonly openInMonth = new DocumentCache<OpenInMonthDocument>(CLOSED_OPEN_IN_MONTH, 10_000);
  private readonly prefix = `${APPLICATION_STREAM_CATEGORY}-`;

  constructor(
    private readonly context: ProjectionContext,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  async project(events: readonly ProjectedEvent[], unit: UnitOfWork): Promise<void> {
    const mine = events.filter((projected) => projected.recorded.streamId.startsWith(this.prefix));
    await this.documents.preload(
      unit,
      mine.map((projected) => projected.recorded.streamId),
    );
    for (const projected of mine) {
      const { streamId } = projected.recorded;
      const { event } = projected;
      if (!disclosureApplicationDecider.ownsEvent(event)) continue;
      const stored = await this.documents.load(unit, streamId);
      if (stored !== null && stored._position >= projected.position) continue; // redelivered
      const before = stored?.state ?? initialApplicationState();
      if (stored !== null) this.documents.observe(stored, projected);
      const document = foldApplicationEvent(stored, projected, this.context)!;
      if (stored === null) {
        this.documents.observe(document, projected);
        this.documents.put(document);
      }
      await this.moveFigures(unit, document, before, projected.position);
      this.documents.touch(document, projected.position);
    }
    DocumentCache.flush(unit, [
      this.documents,
      this.years,
      this.open,
      this.stageMonths,
      this.stageTotals,
      this.openInMonth,
    ]);
  }

  /**
   * Withdraws the application's figures as they were, deposits them as they are: closed, per year
   * and in the queue's counters; open, its state.
   */
  private async moveFigures(
    unit: UnitOfWork,
    document: ApplicationDocument,
    before: ApplicationState,
    position: number,
  ): Promise<void> {
    const { tenant } = document;
    const after = document.state;
    if (before.receivedOn !== null) {
      if (isClosed(before)) await this.addClosed({ unit, tenant, state: before, sign: -1, position });
      else await this.setOpen(unit, tenant, before.applicationId!, null, position);
    }
    if (after.receivedOn === null) return;
    if (isClosed(after)) await this.addClosed({ unit, tenant, state: after, sign: 1, position });
    else await this.setOpen(unit, tenant, after.applicationId!, after, position);
  }

  private async addClosed(move: ClosedMove): Promise<void> {
    await this.addToYears(move);
    await this.addToStageMonths(move);
    for (const month of openMonthsOf(move.state)) await this.setOpenInMonth(move, month);
  }

  private async addToStageMonths({ unit, tenant, state, sign, position }: ClosedMove): Promise<void> {
    const totals = await this.countyDocument(this.stageTotals, unit, tenant, tenant, () => ({
      firstMonth: null,
      lastMonth: null,
      counts: zeroStageCounts(),
    }));
    for (const change of timelineChanges(stageTimeline(state, this.calendar), sign)) {
      const month = change.on.slice(0, 7);
      const lastMonth = await this.spanMonths(unit, totals, month, position);
      applyChange((await this.stageMonth(unit, tenant, month, position)).days, change);
      for (let later = nextMonth(month); later <= lastMonth; later = nextMonth(later))
        (await this.stageMonth(unit, tenant, later, position)).opening[change.stage]! += change.change;
      totals.counts[change.stage]! += change.change;
    }
    this.stageTotals.touch(totals, position);
  }

  /** The county's stage month (made by `spanMonths` before), to be written at `position`. */
  private async stageMonth(
    unit: UnitOfWork,
    tenant: string,
    month: string,
    position: number,
  ): Promise<StageMonthDocument> {
    const document = await this.countyDocument(this.stageMonths, unit, `${tenant}-${month}`, tenant, () => ({
      month,
      opening: zeroStageCounts(),
      days: [],
    }));
    this.stageMonths.touch(document, position);
    return document;
  }

  /**
   * Makes the county's stage months reach `month`: a month after the last opens with every count
   * so far (all dated before it), a month before the first with none. Returns the last month.
   */
  private async spanMonths(
    unit: UnitOfWork,
    totals: StageTotalsDocument,
    month: string,
    position: number,
  ): Promise<string> {
    const { tenant } = totals;
    const firstMonth = totals.firstMonth ?? month;
    const lastMonth = totals.lastMonth ?? month;
    const after = totals.lastMonth === null ? month : nextMonth(lastMonth);
    for (let later = after; later <= month; later = nextMonth(later))
      (await this.stageMonth(unit, tenant, later, position)).opening = [...totals.counts];
    for (let earlier = month; earlier < firstMonth; earlier = nextMonth(earlier))
      await this.stageMonth(unit, tenant, earlier, position);
    totals.firstMonth = month < firstMonth ? month : firstMonth;
    totals.lastMonth = month > lastMonth ? month : lastMonth;
    return totals.lastMonth;
  }

  private async setOpenInMonth(
    { unit, tenant, state, sign, position }: ClosedMove,
    month: string,
  ): Promise<void> {
    const document = await this.countyDocument(this.openInMonth, unit, `${tenant}-${month}`, tenant, () => ({
      month,
      states: [],
    }));
    replaceState(document, state.applicationId!, sign === 1 ? state : null);
    this.openInMonth.touch(document, position);
  }

  private async addToYears({ unit, tenant, state, sign, position }: ClosedMove): Promise<void> {
    for (const year of yearsOf(state)) {
      const document = await this.countyDocument(this.years, unit, `${tenant}-${year}`, tenant, () => ({
        year,
        figures: contributionOf(initialApplicationState(), year),
        opening: [],
        days: [],
      }));
      addFigures(document.figures, contributionOf(state, year), sign);
      addYearChanges(document, yearChanges(state, year), sign);
      this.years.touch(document, position);
    }
  }

  private async setOpen(
    unit: UnitOfWork,
    tenant: string,
    applicationId: string,
    state: ApplicationState | null,
    position: number,
  ): Promise<void> {
    const document = await this.countyDocument(this.open, unit, tenant, tenant, () => ({ states: [] }));
    replaceState(document, applicationId, state);
    this.open.touch(document, position);
  }

  /** The document `id` of a county's collection, created with `fields` when it does not exist yet. */
  private async countyDocument<T extends CachedDocument>(
    cache: DocumentCache<T>,
    unit: UnitOfWork,
    id: string,
    tenant: string,
    fields: () => Omit<T, keyof CachedDocument>,
  ): Promise<T> {
    const loaded = await cache.load(unit, id);
    if (loaded !== null) return loaded;
    const created = {
      _id: id,
      _position: 0,
      tenant,
      ancestors: this.context.ancestorsOf(tenant),
      ...fields(),
    };
    return cache.put(created as T);
  }

  startEmpty(): void {
    this.documents.startEmpty();
    this.years.startEmpty();
    this.open.startEmpty();
    this.stageMonths.startEmpty();
    this.stageTotals.startEmpty();
    this.openInMonth.startEmpty();
  }

  forget(): void {
    this.documents.forget();
    this.years.forget();
    this.open.forget();
    this.stageMonths.forget();
    this.stageTotals.forget();
    this.openInMonth.forget();
  }
}

/** `calendar` counts the working days of the clocks the queue's counters are taken from (the views' calendar). */
export const createApplicationsProjector = (
  context: ProjectionContext,
  calendar: WorkingDayCalendar = officialWorkingDayCalendar,
): Projector => new ApplicationsProjector(context, calendar);
