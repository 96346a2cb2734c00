import type { DivisionCode, IsoDate, TenantDirectory, WorkingDayCalendar } from '@gongkai/domain';
import { APPLICATION_STREAM_CATEGORY, occurredOn } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import type { ProjectionContext } from '../projectors/context';
import { projectionContextFor } from '../projectors/context';
import type { ReadModelStore } from '../readModelStore';
import { parseAsOf } from '../timeTravel/asOf';
import { replayAsOf } from '../timeTravel/replayAsOf';
import type { AsOf } from '../views/types';
import { APPLICATIONS_PROJECTOR, createApplicationsProjector } from './applicationsProjector';
import type { AnnualFiguresView, ApplicationQueueView, ApplicationView } from './applicationViews';
import { ApplicationViews } from './applicationViews';

export interface ApplicationViewQueriesOptions {
  readModelStore: ReadModelStore;
  /** Time travel to a position replays the application streams from it. */
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
 * over the live documents; `asOf.position` replays the application streams up to that position.
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
    if (parsed?.position !== undefined)
      return this.read(code, asOf, (views, date) => views.queue(code, date));
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
  application(
    tenant: DivisionCode,
    applicationId: string,
    viewer: DivisionCode | null,
    asOf?: AsOf,
  ): Promise<ApplicationView | null> {
    return this.read(tenant, asOf, (views, date) => views.application(tenant, applicationId, date, viewer));
  }

  /** The public tracking page: stage and dates by tracking code, live, never personal data. */
  tracked(trackingCode: string): Promise<ApplicationView | null> {
    return this.live.tracked(trackingCode, this.today());
  }

  annualFigures(code: DivisionCode, year: number, asOf?: AsOf): Promise<AnnualFiguresView | null> {
    return this.read(code, asOf, (views, date) =>
      views.annualFigures(code, year, asOf?.date === undefined ? undefined : date),
    );
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

  private subtree(code: DivisionCode): DivisionCode[] {
    return this.context.directory
      .all()
      .filter((unit) => unit.code === code || this.context.ancestorsOf(unit.code).includes(code))
      .map((unit) => unit.code);
  }

  private async read<T>(
    code: DivisionCode,
    asOf: AsOf | undefined,
    view: (views: ApplicationViews, date: IsoDate) => Promise<T>,
  ): Promise<T> {
    const parsed = parseAsOf(asOf);
    const date = parsed?.date ?? this.today();
    if (parsed?.position === undefined) return view(this.live, date);
    const replay = await replayAsOf({
      eventStore: this.options.eventStore,
      context: this.context,
      asOf: parsed,
      // Only the subtree's application streams: the other events project nothing here.
      scope: { tenants: this.subtree(code), streamPrefixes: [`${APPLICATION_STREAM_CATEGORY}-`] },
      createProjectors: (context) => [createApplicationsProjector(context, this.options.calendar)],
    });
    try {
      return await view(new ApplicationViews(replay.store, this.context, this.options.calendar), date);
    } finally {
      await replay.dispose();
    }
  }
}
