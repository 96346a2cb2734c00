import type { DivisionCode, Milestone, TenantDirectory } from '@gongkai/domain';
import { occurredOn, streamIdForCatalogueItem } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import type { ReadModelStore } from '../readModelStore';
import type { ProjectionContext } from '../projectors/context';
import { projectionContextFor } from '../projectors/context';
import { createProjectors } from '../projectors';
import type { Projector } from '../projectors/types';
import { parseAsOf } from '../timeTravel/asOf';
import type { ReplayScope } from '../timeTravel/replayAsOf';
import { replayAsOf } from '../timeTravel/replayAsOf';
import { auditTrail } from './auditTrail';
import { ReadModelViews } from './readModelViews';
import type {
  AsOf,
  AuditTrail,
  AuditTrailOptions,
  CatalogueConnection,
  CatalogueItemView,
  CatalogueQuery,
  CountyView,
  MilestonesView,
  NationalRollup,
  PrefectureView,
  ProvinceView,
  ViewBasis,
  ViewQueries,
} from './types';

export interface ViewQueriesOptions {
  readModelStore: ReadModelStore;
  /** The source of truth: audit trails and time travel read it. */
  eventStore: EventStore;
  /** The tenant directory (a seeded one also names the pilot areas and their assignments). */
  directory: TenantDirectory;
  /** The schedule milestones are judged against (e.g. `heilongjiangMilestones`). */
  milestones: readonly Milestone[];
  /** Today, for milestones judged live (default: the system clock). */
  clock?: () => Date;
  /** The projectors the live store is fed by and a replay uses (default: `createProjectors`). */
  createProjectors?: (context: ProjectionContext) => Projector[];
}

/**
 * `ViewQueries` over the read models. Live views read the projected documents; an `asOf` view
 * replays the events the as-of rule includes (scoped to the view's tenants where it can) into a
 * throwaway store and runs the same view code over it.
 */
export class ReadModelViewQueries implements ViewQueries {
  private readonly context: ProjectionContext;
  private readonly live: ReadModelViews;
  private readonly clock: () => Date;
  private readonly createProjectors: (context: ProjectionContext) => Projector[];
  private readonly projectorNames: readonly string[];

  constructor(private readonly options: ViewQueriesOptions) {
    this.context = projectionContextFor(options.directory);
    this.live = new ReadModelViews(options.readModelStore, this.context, options.milestones);
    this.clock = options.clock ?? (() => new Date());
    this.createProjectors = options.createProjectors ?? ((context) => createProjectors(context));
    this.projectorNames = this.createProjectors(this.context).map((projector) => projector.name);
  }

  countyView(code: DivisionCode, asOf?: AsOf): Promise<CountyView | null> {
    return this.view(asOf, { tenants: [code] }, (views, basis) => views.county(code, basis));
  }

  prefectureView(code: DivisionCode, asOf?: AsOf): Promise<PrefectureView | null> {
    return this.view(asOf, this.subtree(code), (views, basis) => views.prefecture(code, basis));
  }

  provinceView(code: DivisionCode, asOf?: AsOf): Promise<ProvinceView | null> {
    return this.view(asOf, this.subtree(code), (views, basis) => views.province(code, basis));
  }

  nationalRollup(asOf?: AsOf): Promise<NationalRollup> {
    return this.view(asOf, {}, (views, basis) => views.national(basis));
  }

  catalogueItem(tenant: DivisionCode, itemId: string, asOf?: AsOf): Promise<CatalogueItemView | null> {
    const streamId = streamIdForCatalogueItem(tenant, itemId);
    return this.view(asOf, { streamId }, (views) => views.item(tenant, itemId));
  }

  async catalogue(query: CatalogueQuery): Promise<CatalogueConnection> {
    return this.live.catalogue(query, await this.liveBasis());
  }

  milestones(tenant: DivisionCode, asOf?: AsOf): Promise<MilestonesView | null> {
    return this.view(asOf, this.subtree(tenant), (views, basis) => views.milestonesOf(tenant, basis));
  }

  auditTrail(streamId: string, options?: AuditTrailOptions): Promise<AuditTrail | null> {
    return auditTrail(this.options.eventStore, this.context, streamId, options);
  }

  /** The tenant and every unit below it (unscoped for the national tenant). */
  private subtree(code: DivisionCode): ReplayScope {
    const unit = this.context.directory.get(code);
    if (!unit || unit.tier === 'national') return {};
    const below = this.context.directory
      .all()
      .filter((candidate) => this.context.ancestorsOf(candidate.code).includes(code))
      .map((candidate) => candidate.code);
    return { tenants: [code, ...below] };
  }

  private today(): string {
    return occurredOn({ occurredAt: this.clock().toISOString() });
  }

  private async liveBasis(): Promise<ViewBasis> {
    const checkpoints = await Promise.all(
      this.projectorNames.map((name) => this.options.readModelStore.getCheckpoint(name)),
    );
    return { position: Math.min(...checkpoints), date: this.today(), asOf: null };
  }

  private async view<T>(
    asOf: AsOf | undefined,
    scope: ReplayScope,
    read: (views: ReadModelViews, basis: ViewBasis) => Promise<T>,
  ): Promise<T> {
    const parsed = parseAsOf(asOf);
    if (!parsed) return read(this.live, await this.liveBasis());
    const replay = await replayAsOf({
      eventStore: this.options.eventStore,
      context: this.context,
      asOf: parsed,
      scope,
      createProjectors: this.createProjectors,
    });
    try {
      const basis: ViewBasis = { position: replay.position, date: parsed.date ?? this.today(), asOf: parsed };
      return await read(new ReadModelViews(replay.store, this.context, this.options.milestones), basis);
    } finally {
      await replay.dispose();
    }
  }
}
