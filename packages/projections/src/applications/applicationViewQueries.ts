import type { DivisionCode, IsoDate, TenantDirectory, WorkingDayCalendar } from '@gongkai/domain';
import { occurredOn } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import type { HistoryRow } from '../history/documentHistory';
import { historyCollection } from '../history/documentHistory';
import { HistoryReadModels } from '../history/historyReadModels';
import type { ProjectionContext } from '../projectors/context';
import { projectionContextFor } from '../projectors/context';
import type { ReadModelStore } from '../readModelStore';
import { visibleToTenant } from '../readModelStore';
import { parseAsOf } from '../timeTravel/asOf';
import type { AsOf } from '../views/types';
import type { ApplicationDocument } from './applicationsProjector';
import { APPLICATIONS, APPLICATIONS_PROJECTOR } from './applicationsProjector';
import type {
  AnnualFiguresView,
  ApplicationQueueView,
  ApplicationView,
  PastApplication,
  PastApplications,
} from './applicationViews';
import { ApplicationViews, pastKey } from './applicationViews';

export interface ApplicationViewQueriesOptions {
  readModelStore: ReadModelStore;
  /** Time travel to a position reads an event past a kept state from it (rarely: see `history/`). */
  eventStore: EventStore;
  directory: TenantDirectory;
  /** The working-day calendar the clocks count with. */
  calendar: WorkingDayCalendar;
  /** Today, for views asked without a date (default: the system clock). */
  clock?: () => Date;
}

/** How many queues as of a date are kept (a province's with every open application is a few hundred KB). */
const KEPT_QUEUES = 64;

/**
 * The on-request disclosure views. `asOf.date` is judged on the facts' own dates (the clock and the
 * figures leave out what is dated after it; an application received after it does not exist yet),
 * over the live documents. `asOf.position` takes each application as it stood after the events up
 * to that position: the live per-county documents, with the applications changed after it taken out
 * and counted in their state then, from the applications' history (`applicationsHistory`, keyed by
 * position; no replay); they are judged on `asOf.date`, or today.
 */
export class ApplicationViewQueries {
  private readonly context: ProjectionContext;
  private readonly live: ApplicationViews;
  private readonly clock: () => Date;
  /**
   * Queues already computed, by tenant and date, with the projector's checkpoint they were read at:
   * a queue as of a date only changes when application events are projected, so until the
   * checkpoint moves the same question gets the same answer (and parallel askers share one read).
   */
  private readonly queues = new Map<
    string,
    { checkpoint: number; view: Promise<ApplicationQueueView | null> }
  >();

  constructor(private readonly options: ApplicationViewQueriesOptions) {
    this.context = projectionContextFor(options.directory);
    this.live = new ApplicationViews(options.readModelStore, this.context, options.calendar);
    this.clock = options.clock ?? (() => new Date());
  }

  /** The views share what they return: callers must not change it. */
  async queue(code: DivisionCode, asOf?: AsOf): Promise<ApplicationQueueView | null> {
    const parsed = parseAsOf(asOf);
    if (parsed?.position !== undefined) {
      const past = await this.pastApplications(code, parsed.position);
      return this.live.queue(code, parsed.date ?? this.today(), past);
    }
    const date = parsed?.date ?? this.today();
    const key = `${code}|${date}`;
    const checkpoint = await this.options.readModelStore.getCheckpoint(APPLICATIONS_PROJECTOR);
    const kept = this.queues.get(key);
    if (kept !== undefined && kept.checkpoint === checkpoint) return kept.view;
    const view = this.live.queue(code, date);
    this.queues.delete(key);
    this.queues.set(key, { checkpoint, view });
    if (this.queues.size > KEPT_QUEUES) this.queues.delete(this.queues.keys().next().value!);
    view.catch(() => this.queues.get(key)?.view === view && this.queues.delete(key));
    return view;
  }

  /** One application; its personal data only when `viewer` is the office's own tenant. */
  async application(
    tenant: DivisionCode,
    applicationId: string,
    viewer: DivisionCode | null,
    asOf?: AsOf,
  ): Promise<ApplicationView | null> {
    const parsed = parseAsOf(asOf);
    const date = parsed?.date ?? this.today();
    if (parsed?.position === undefined) return this.live.application(tenant, applicationId, date, viewer);
    const history = await this.history(parsed.position);
    const views = new ApplicationViews(history, this.context, this.options.calendar);
    return views.application(tenant, applicationId, date, viewer);
  }

  /** The public tracking page: stage and dates by tracking code, live, never personal data. */
  tracked(trackingCode: string): Promise<ApplicationView | null> {
    return this.live.tracked(trackingCode, this.today());
  }

  async annualFigures(code: DivisionCode, year: number, asOf?: AsOf): Promise<AnnualFiguresView | null> {
    const parsed = parseAsOf(asOf);
    const date = parsed?.date ?? this.today();
    const within = parsed?.date === undefined ? undefined : date;
    if (parsed?.position === undefined) return this.live.annualFigures(code, year, within);
    const past = await this.pastApplications(code, parsed.position);
    return this.live.annualFigures(code, year, within, past);
  }

  /** The event-store position a view asked with `asOf` reflects: its position, else the live checkpoint. */
  async positionOf(asOf?: AsOf): Promise<number> {
    const parsed = parseAsOf(asOf);
    if (parsed?.position !== undefined) return parsed.position;
    return this.options.readModelStore.getCheckpoint(APPLICATIONS_PROJECTOR);
  }

  private today(): IsoDate {
    return occurredOn({ occurredAt: this.clock().toISOString() });
  }

  /** The read models as of `position`, from their history (applications are read by id only). */
  private async history(position: number): Promise<HistoryReadModels> {
    return new HistoryReadModels({
      live: this.options.readModelStore,
      eventStore: this.options.eventStore,
      context: this.context,
      position,
      checkpoint: await this.options.readModelStore.getCheckpoint(APPLICATIONS_PROJECTOR),
    });
  }

  /**
   * The applications below `code` an event changed after `position`: their live states (what the
   * per-county documents count) and their states then, from their history: the state it kept before
   * the first event after the position (one row a document, one query); a document without such a
   * row (a back-dated event, listed late) is read by the general history reader.
   */
  private async pastApplications(code: DivisionCode, position: number): Promise<PastApplications> {
    const { readModelStore } = this.options;
    const changed = await readModelStore.find<ApplicationDocument>(APPLICATIONS, {
      filter: { ...visibleToTenant(code), _position: { $gt: position } },
    });
    if (changed.length === 0) return new Map();
    const ids = changed.map((document) => document._id);
    const rows = await readModelStore.find<HistoryRow>(historyCollection(APPLICATIONS), {
      filter: { doc: { $in: ids }, kind: 'state', position: { $lte: position }, next: { $gt: position } },
    });
    const then = new Map(rows.map((row) => [row.doc, (row.state as ApplicationDocument | null) ?? null]));
    const others = ids.filter((id) => !then.has(id));
    if (others.length > 0) {
      const history = await this.history(position);
      const folded = await history.getMany<ApplicationDocument>(APPLICATIONS, others);
      others.forEach((id, index) => then.set(id, folded[index] ?? null));
    }
    return new Map(
      changed.map((document): [string, PastApplication] => [
        pastKey(document.tenant, document.applicationId),
        { tenant: document.tenant, live: document.state, past: then.get(document._id)?.state ?? null },
      ]),
    );
  }
}
