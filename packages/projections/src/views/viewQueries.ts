import type { DivisionCode, Milestone, TenantDirectory, Tier } from '@gongkai/domain';
import { occurredOn, streamIdForCatalogueItem } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import type { ReadModelStore } from '../readModelStore';
import type { ProjectionContext } from '../projectors/context';
import { projectionContextFor } from '../projectors/context';
import { createProjectors, projectorNames } from '../projectors';
import type { ShardLayout } from '../shards/tenantShards';
import type { Projector } from '../projectors/types';
import { asOfPredicate, parseAsOf } from '../timeTravel/asOf';
import { HistoryReadModels } from '../history/historyReadModels';
import { CountyDeltaCache } from '../history/countyDeltasAsOf';
import { HistoryRowCache } from '../history/historyRowCache';
import { toProjectedEvent } from '../projectors/readEvent';
import { foldCatalogueEvent } from '../projectors/catalogue/foldCatalogue';
import type { CatalogueItemDocument } from '../projectors/catalogue/itemDocument';
import { itemViewOf } from './catalogue';
import { auditTrail } from './auditTrail';
import { LiveViewCache } from './liveViewCache';
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
  /** The projectors the live store is fed by, for their checkpoint names (default: `createProjectors`). */
  createProjectors?: (context: ProjectionContext) => Projector[];
  /** The live read models are projected in shards (their checkpoints are per shard). */
  shards?: ShardLayout;
}

/**
 * `ViewQueries` over the read models. Live views read the projected documents; an `asOf` view runs
 * the same view code over `HistoryReadModels`: the states the projectors kept, plus the short delta
 * the as-of rule includes after them.
 */
export class ReadModelViewQueries implements ViewQueries {
  private readonly context: ProjectionContext;
  private readonly live: ReadModelViews;
  private readonly clock: () => Date;
  private readonly createProjectors: (context: ProjectionContext) => Projector[];
  private readonly projectorNames: readonly string[];
  private readonly cache = new LiveViewCache();
  /** The delta buckets views as of a date have read, kept while their county stays put. */
  private readonly deltaCache = new CountyDeltaCache();
  /** The history rows views as of have read, kept while their document stays put. */
  private readonly rowCache = new HistoryRowCache();
  /** The checkpoints read in this turn of the event loop (see `checkpoints`). */
  private checkpointsThisTurn: Promise<number[]> | undefined;

  constructor(private readonly options: ViewQueriesOptions) {
    this.context = projectionContextFor(options.directory);
    this.live = new ReadModelViews(options.readModelStore, this.context, options.milestones);
    this.clock = options.clock ?? (() => new Date());
    this.createProjectors = options.createProjectors ?? ((context) => createProjectors(context));
    this.projectorNames = options.shards
      ? projectorNames(options.shards)
      : this.createProjectors(this.context).map((projector) => projector.name);
  }

  countyView(code: DivisionCode, asOf?: AsOf): Promise<CountyView | null> {
    if (!this.isTier(code, 'county')) return Promise.resolve(null);
    return this.view(asOf, (views, basis) => views.county(code, basis), `county:${code}`);
  }

  prefectureView(code: DivisionCode, asOf?: AsOf): Promise<PrefectureView | null> {
    if (!this.isTier(code, 'prefecture')) return Promise.resolve(null);
    return this.view(asOf, (views, basis) => views.prefecture(code, basis), `prefecture:${code}`);
  }

  provinceView(code: DivisionCode, asOf?: AsOf): Promise<ProvinceView | null> {
    if (!this.isTier(code, 'province')) return Promise.resolve(null);
    return this.view(asOf, (views, basis) => views.province(code, basis), `province:${code}`);
  }

  nationalRollup(asOf?: AsOf): Promise<NationalRollup> {
    return this.view(asOf, (views, basis) => views.national(basis), 'national');
  }

  async catalogueItem(tenant: DivisionCode, itemId: string, asOf?: AsOf): Promise<CatalogueItemView | null> {
    const parsed = parseAsOf(asOf);
    if (!parsed) return this.live.item(tenant, itemId);
    // An item is its own stream, a handful of events: folded as of, with the projector's fold.
    const included = asOfPredicate(parsed);
    let item: CatalogueItemDocument | null = null;
    for await (const recorded of this.options.eventStore.readStream(
      streamIdForCatalogueItem(tenant, itemId),
    )) {
      if (included(recorded)) item = foldCatalogueEvent(toProjectedEvent(recorded), item, null, this.context);
    }
    return item ? itemViewOf(item) : null;
  }

  async catalogue(query: CatalogueQuery): Promise<CatalogueConnection> {
    return this.live.catalogue(query, await this.liveBasis());
  }

  milestones(tenant: DivisionCode, asOf?: AsOf): Promise<MilestonesView | null> {
    if (!this.context.directory.get(tenant)) return Promise.resolve(null);
    return this.view(asOf, (views, basis) => views.milestonesOf(tenant, basis), `milestones:${tenant}`);
  }

  auditTrail(streamId: string, options?: AuditTrailOptions): Promise<AuditTrail | null> {
    return auditTrail(this.options.eventStore, this.context, streamId, options);
  }

  /** Every projector's checkpoint and the date live views are judged on. */
  async liveVersion(): Promise<string> {
    return (await this.liveState()).state;
  }

  /** Known unit of that tier (anything else has no view). */
  private isTier(code: DivisionCode, tier: Tier): boolean {
    return this.context.directory.get(code)?.tier === tier;
  }

  private today(): string {
    return occurredOn({ occurredAt: this.clock().toISOString() });
  }

  private async liveBasis(): Promise<ViewBasis> {
    return (await this.liveState()).basis;
  }

  /**
   * Every projector's checkpoint. Under load many requests are handled in one turn of the event
   * loop; they share one read (a batch landing meanwhile is seen from the next turn on, as if it
   * had landed just after them).
   */
  private checkpoints(): Promise<number[]> {
    if (this.checkpointsThisTurn === undefined) {
      this.checkpointsThisTurn = Promise.all(
        this.projectorNames.map((name) => this.options.readModelStore.getCheckpoint(name)),
      );
      setImmediate(() => (this.checkpointsThisTurn = undefined));
    }
    return this.checkpointsThisTurn;
  }

  /** The live basis, and the state it reads (every checkpoint, the date) as a cache key. */
  private async liveState(): Promise<{ basis: ViewBasis; state: string }> {
    const checkpoints = await this.checkpoints();
    const date = this.today();
    return {
      basis: { position: Math.min(...checkpoints), date, asOf: null },
      state: `${checkpoints.join(',')}@${date}`,
    };
  }

  /**
   * Whether the live read models hold exactly the events `asOf` includes: its position is theirs
   * (or beyond, with nothing stored after theirs) and its date is on or after the latest business
   * date they hold. Such a view is the live one judged on that date, with no history to read.
   */
  private async liveCovers(asOf: AsOf, livePosition: number): Promise<boolean> {
    if (asOf.position !== undefined && asOf.position !== livePosition) {
      if (asOf.position < livePosition) return false;
      if ((await this.options.eventStore.headPosition()) > livePosition) return false;
    }
    if (asOf.date === undefined) return true;
    const latest = await this.live.latestBusinessDate();
    return latest !== null && asOf.date >= latest;
  }

  /**
   * Several views read from one state of the read models, so that their figures agree with each
   * other and with the basis: the live read models (read again should a batch land meanwhile), or
   * the read models as of `asOf` (from the history). The report compiles from it.
   */
  async readTogether<T>(
    code: DivisionCode,
    asOf: AsOf | undefined,
    read: (views: ReadModelViews, basis: ViewBasis) => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const before = (await this.liveState()).state;
      const result = await this.view(asOf, read);
      const after = await Promise.all(
        this.projectorNames.map((name) => this.options.readModelStore.getCheckpoint(name)),
      );
      // A read must not straddle a batch (the history and the live documents move together).
      if (before.startsWith(`${after.join(',')}@`) || attempt === 3) return result;
    }
  }

  /** A live view (cached under `liveKey` while the read models stay put), or a view as of `asOf`. */
  private async view<T>(
    asOf: AsOf | undefined,
    read: (views: ReadModelViews, basis: ViewBasis) => Promise<T>,
    liveKey?: string,
  ): Promise<T> {
    const parsed = parseAsOf(asOf);
    const { basis, state } = await this.liveState();
    if (!parsed) {
      const compute = () => read(this.live, basis);
      return liveKey === undefined ? compute() : this.cache.get(state, liveKey, compute);
    }
    if (await this.liveCovers(parsed, basis.position)) {
      return read(this.live, { position: basis.position, date: parsed.date ?? basis.date, asOf: parsed });
    }
    const head = await this.options.eventStore.headPosition();
    const position = Math.min(parsed.position ?? head, head);
    const history = new HistoryReadModels({
      live: this.options.readModelStore,
      eventStore: this.options.eventStore,
      context: this.context,
      position,
      ...(parsed.date === undefined ? {} : { date: parsed.date }),
      checkpoint: basis.position,
      deltaCache: this.deltaCache,
      rowCache: this.rowCache,
    });
    const asOfBasis: ViewBasis = { position, date: parsed.date ?? this.today(), asOf: parsed };
    return read(new ReadModelViews(history, this.context, this.options.milestones), asOfBasis);
  }
}
