/**
 * The shapes of every view the GraphQL API serves, and the queries that produce them (`ViewQueries`).
 * Stable surface: fields are added, never renamed or removed.
 *
 * Conventions:
 * - every view document carries `tenant` (its own division code) and `ancestors` (reporting-line
 *   ancestors, nearest first, the national tenant `000000` last), so one tenancy rule guards them all;
 * - every view says what it reflects in `basis` (the event-store position and the date it is judged on);
 * - counts are plain numbers; a rate is `null` when its denominator is 0 (never NaN);
 * - lists keyed by a code (area, channel, kind …) are arrays of rows, ordered as documented.
 */

import type {
  Actor,
  AreaCode,
  ChainStage,
  ChannelCode,
  DivisionCode,
  FiveOpenStage,
  Finding,
  IsoDate,
  ItemName,
  ItemSource,
  ItemStandard,
  Level,
  MilestoneState,
  Mode,
  PilotLevel,
  PilotStatus,
  StandardCompleteness,
  Tier,
  Timeliness,
} from '@gongkai/domain';

// ---------------------------------------------------------------------------------------------
// Time travel and what a view reflects

/**
 * "As of": which events a view is computed from, and the date it is judged on. Both fields may be
 * given; absent fields mean "now".
 *
 * - `position`: only events with global position ≤ `position` (what the store held at that point).
 * - `date` (`YYYY-MM-DD`, China Standard Time): only events whose business time
 *   (`metadata.occurredAt`, read as a China date) is on or before `date`; milestones are judged on
 *   `date`. Without `date`, milestones are judged on today's China date.
 */
export interface AsOf {
  position?: number;
  date?: IsoDate;
}

export interface ViewBasis {
  /** The highest event-store position the view includes (the projection checkpoint when live). */
  position: number;
  /** The business date milestones and overdue are judged on (today's China date when not given). */
  date: IsoDate;
  /** The `asOf` asked for; null for a live view. */
  asOf: AsOf | null;
}

/** What every view document carries. */
export interface TenantScoped {
  tenant: DivisionCode;
  /** Reporting-line ancestors of `tenant`, nearest first (the national tenant last). */
  ancestors: readonly DivisionCode[];
}

// ---------------------------------------------------------------------------------------------
// Indicator figures (report-outline.md §3), shared by every tier

export type CatalogueItemViewStatus = 'draft' | 'published' | 'retired';
export type TimelinessState = 'on-time' | 'late' | 'not-assessed';

export interface StageCount<S extends string> {
  stage: S;
  /** Current (not retired) items whose standard covers the stage. */
  items: number;
}

/** Catalogue and standards (indicators 2–7, 16). "Current" items are drafts and published items. */
export interface CatalogueFigures {
  /** Every item ever drafted, retired ones included. */
  itemsTotal: number;
  /** Drafts and published items (the catalogue as it stands). */
  items: number;
  draft: number;
  published: number;
  retired: number;
  /** Distinct level-1 categories among current items (indicator 2, level-1 count). */
  level1Categories: number;
  /** Current items with a standard (any version). */
  withStandard: number;
  /** Current items whose standard is complete (indicator 3). */
  completeStandards: number;
  /** completeStandards ÷ items. */
  completenessRate: number | null;
  /** Mean completeness score (0..1) of current items with a standard. */
  averageCompletenessScore: number | null;
  /** 五公开 coverage (indicator 4), in the order decision, execution, management, service, result. */
  fiveOpenStages: StageCount<FiveOpenStage>[];
  /** 发布/解读/回应 coverage, in the order publication, interpretation, response. */
  chainStages: StageCount<ChainStage>[];
  /** Proactive / on-request (indicator 5): current items whose standard has the mode. */
  byMode: { mode: Mode; items: number }[];
  /** County / township … level (indicator 6): current items whose standard names the level. */
  byLevel: { level: Level; items: number }[];
  /** Source list the item was traced to (indicator 7), current items. */
  bySource: { source: ItemSource; items: number }[];
  /** Numbered standard revisions (动态调整, indicator 16), every item. */
  revisions: number;
}

export interface TimelinessFigures {
  onTime: number;
  late: number;
  /** The item's time limit sets no working-day deadline (及时, 实时, …). */
  notAssessed: number;
  /** onTime ÷ (onTime + late) (indicator 9). */
  onTimeRate: number | null;
  /** Mean working days from formation to publication, over assessed publications. */
  averageWorkingDaysTaken: number | null;
  /** Mean working days past the deadline, over late publications. */
  averageWorkingDaysLate: number | null;
}

export interface ChannelFigures {
  channel: ChannelCode;
  /** Chinese checkbox label of the channel (公开渠道和载体). */
  channelName: string;
  disclosures: number;
  timeliness: TimelinessFigures;
}

/** Publications (indicators 8–9). */
export interface DisclosureFigures {
  total: number;
  timeliness: TimelinessFigures;
  /** Channels with at least one publication, most used first (then by code). */
  byChannel: ChannelFigures[];
  /** Publications with an interpretation or a response linked to them. */
  interpreted: number;
  responded: number;
}

/** Policy interpretations (indicator 10). */
export interface InterpretationFigures {
  total: number;
  /** Within 3 working days of the publication interpreted. */
  onTime: number;
  late: number;
  onTimeRate: number | null;
  /** By form (text, graphic, video, interview, qa); forms with none are left out. */
  byForm: { form: string; count: number }[];
}

/** Responses to public concerns (indicator 11). */
export interface ResponseFigures {
  total: number;
  /** Responses linked to a publication. */
  linkedToDisclosure: number;
  averageWorkingDaysTaken: number | null;
  byChannel: { channel: ChannelCode; count: number }[];
}

/** Social evaluation and third-party assessment (indicator 17). */
export interface FeedbackFigures {
  count: number;
  /** Mean satisfaction on the 1–5 scale, each record weighted 1. */
  averageSatisfaction: number | null;
  /** Sum of the sample sizes given. */
  sampleSize: number;
  bySource: {
    kind: 'social-evaluation' | 'third-party-assessment';
    count: number;
    averageSatisfaction: number | null;
    sampleSize: number;
  }[];
}

/** The indicator block every tier shows: one unit, one area, or a roll-up of units. */
export interface IndicatorFigures {
  catalogue: CatalogueFigures;
  disclosures: DisclosureFigures;
  interpretations: InterpretationFigures;
  responses: ResponseFigures;
  feedback: FeedbackFigures;
}

export interface AreaFigures extends IndicatorFigures {
  area: AreaCode;
  /** Chinese name of the area (areas.json); the code when unknown. */
  areaName: string;
  /** The area is assigned to the unit (to at least one unit in a roll-up). */
  assigned: boolean;
  /** At least one published item in the area (indicator 1 counts assigned areas with one). */
  hasPublishedCatalogue: boolean;
}

// ---------------------------------------------------------------------------------------------
// Acceptance and milestones

export type AcceptanceStageName = 'prefecture' | 'province';

export interface AcceptanceStageView {
  stage: AcceptanceStageName;
  /** At least one acceptance was conducted at this stage. */
  conducted: boolean;
  /** Number of acceptances at this stage (re-acceptance after rectification counts again). */
  attempts: number;
  /** The latest acceptance at this stage. */
  score: number | null;
  passed: boolean | null;
  findingsCount: number;
  /** The latest acceptance's findings, as text. */
  findings: readonly string[];
  /** The same findings with their kind (problem, strength, requirement). */
  findingItems: readonly Finding[];
  /** Every acceptance at this stage, oldest first (a failed one followed by a re-acceptance). */
  history: readonly { score: number; passed: boolean; conductedOn: IsoDate }[];
  conductedBy: DivisionCode | null;
  conductedOn: IsoDate | null;
}

export interface RectificationView {
  stage: AcceptanceStageName;
  requestedBy: DivisionCode;
  items: readonly string[];
  requestedOn: IsoDate;
  dueOn: IsoDate;
  /** Closed by a later acceptance at the same stage. */
  open: boolean;
}

export interface SelfAssessmentView {
  practices: string;
  results: string;
  difficulties: string;
  suggestions: string;
  submittedOn: IsoDate;
}

export interface AcceptanceView {
  status: PilotStatus;
  pilotLevel: PilotLevel | null;
  registeredOn: IsoDate | null;
  areas: readonly AreaCode[];
  plan: {
    version: number;
    /** The first filing (a revised plan is filed again: `version` > 1, `filedOn` the latest). */
    firstFiledOn: IsoDate;
    title: string;
    documentNumber: string | null;
    filedWith: DivisionCode;
    filedOn: IsoDate;
  } | null;
  selfAssessmentSubmittedOn: IsoDate | null;
  /** The latest self-assessment: what the unit's and the province's reports quote. */
  selfAssessment: SelfAssessmentView | null;
  pilotReport: {
    title: string;
    submittedBy: DivisionCode;
    submittedTo: DivisionCode;
    submittedOn: IsoDate;
  } | null;
  /** Null when the unit reports to the province directly (no prefecture stage). */
  prefecture: AcceptanceStageView | null;
  province: AcceptanceStageView;
  rectifications: RectificationView[];
  openRectifications: number;
  completion: { completed: boolean; finalScore: number | null; completedOn: IsoDate | null };
}

export interface MilestoneStatusView {
  /** Stable id from the plan's schedule (e.g. M-07). */
  id: string;
  kind: 'deadline' | 'milestone';
  description: string;
  descriptionEn: string;
  dueDate: IsoDate;
  dueDateText: string;
  pilotLevels: readonly PilotLevel[];
  /** The event types that complete it (any one); empty when the platform records none (state `untracked`). */
  completedBy: string[];
  state: MilestoneState;
  completedOn: IsoDate | null;
  /** Calendar days late: at completion when completed late, at the basis date when overdue. */
  daysLate: number;
}

export interface MilestoneCounts {
  total: number;
  completed: number;
  completedLate: number;
  pending: number;
  overdue: number;
  untracked: number;
}

export interface UnitMilestonesView extends TenantScoped {
  name: string;
  tier: Tier;
  /** The date the statuses are judged on. */
  asOf: IsoDate;
  /** Every milestone the unit answers for, by due date. */
  milestones: MilestoneStatusView[];
  counts: MilestoneCounts;
  overdue: MilestoneStatusView[];
}

export interface MilestonesView extends TenantScoped {
  basis: ViewBasis;
  /** The tenant itself (when it answers for milestones) then its descendant units, by code. */
  units: UnitMilestonesView[];
  /** Summed over `units`. */
  counts: MilestoneCounts;
}

// ---------------------------------------------------------------------------------------------
// Tier views

export interface UnitIdentity extends TenantScoped {
  name: string;
  nameEn: string;
  tier: Tier;
}

export interface CountyView extends UnitIdentity {
  basis: ViewBasis;
  pilotLevel: PilotLevel | null;
  /** The unit it reports to (the province for a province-administered county). */
  reportingParent: DivisionCode | null;
  /** The prefecture it lies in geographically. */
  geographicPrefecture: DivisionCode | null;
  provinceDirectlyAdministered: boolean;
  /** Areas the province assigned the pilot (PilotAreasAssigned); none before that (the tenants file is reference data). */
  assignedAreas: readonly AreaCode[];
  /** Assigned areas with at least one published item (indicator 1). */
  areasCovered: number;
  /** The whole catalogue and its activity. */
  totals: IndicatorFigures;
  /** Per area: assigned areas first (in assignment order), then any other area with items. */
  byArea: AreaFigures[];
  /** Null when the county never registered as a pilot unit. */
  acceptance: AcceptanceView | null;
  milestones: UnitMilestonesView;
}

/** One county, one row: the per-county comparison of the prefecture and province views. */
export interface CountyComparisonRow extends TenantScoped {
  name: string;
  pilotLevel: PilotLevel | null;
  provinceDirectlyAdministered: boolean;
  status: PilotStatus | 'unregistered';
  assignedAreas: number;
  areasCovered: number;
  items: number;
  publishedItems: number;
  completeStandards: number;
  completenessRate: number | null;
  disclosures: number;
  onTimeRate: number | null;
  interpretations: number;
  responses: number;
  feedbackCount: number;
  averageSatisfaction: number | null;
  revisions: number;
  prefectureAcceptanceScore: number | null;
  prefectureAcceptancePassed: boolean | null;
  provinceAcceptanceScore: number | null;
  provinceAcceptancePassed: boolean | null;
  findingsCount: number;
  openRectifications: number;
  completed: boolean;
  overdueMilestones: number;
}

/** Acceptance over a set of units. */
export interface AcceptanceSummary {
  units: number;
  registered: number;
  planFiled: number;
  selfAssessed: number;
  reported: number;
  prefectureAccepted: number;
  prefecturePassed: number;
  provinceAccepted: number;
  provincePassed: number;
  failed: number;
  rectifying: number;
  completed: number;
  /** Mean of the latest province acceptance scores. */
  averageProvinceScore: number | null;
}

/** Indicators, acceptance and milestones summed over a set of counties. */
export interface RollupFigures {
  counties: number;
  assignedAreas: number;
  areasCovered: number;
  totals: IndicatorFigures;
  /** Per area, summed over the counties (assigned in at least one county, or with items). */
  byArea: AreaFigures[];
  acceptance: AcceptanceSummary;
  overdueMilestones: number;
}

export interface PilotLevelRollup extends RollupFigures {
  pilotLevel: PilotLevel;
}

export interface PrefectureView extends UnitIdentity {
  basis: ViewBasis;
  /** Summed over the counties that report to it. */
  rollup: RollupFigures;
  /** National vs provincial pilots among its counties; levels without units are left out. */
  byPilotLevel: PilotLevelRollup[];
  /** Its counties, by code. */
  counties: CountyComparisonRow[];
  /** The prefecture's own milestones (plans, acceptance, reports of its hosts). */
  milestones: UnitMilestonesView;
}

export interface PrefectureSummaryRow extends TenantScoped {
  name: string;
  rollup: RollupFigures;
  counties: CountyComparisonRow[];
}

export interface ProvinceView extends UnitIdentity {
  basis: ViewBasis;
  /** Every county in the province. */
  rollup: RollupFigures;
  /** National and provincial pilots side by side (always both, national first). */
  byPilotLevel: PilotLevelRollup[];
  /** Every prefecture with its counties, by code. */
  prefectures: PrefectureSummaryRow[];
  /** The province-administered counties (they report to the province), by code. */
  directlyAdministeredCounties: CountyComparisonRow[];
  /** Every county, by code. */
  counties: CountyComparisonRow[];
  milestones: UnitMilestonesView;
  /** The overall report (总体报告) to the State Council, when one was compiled. */
  overallReport: OverallReportState | null;
}

export interface OverallReportState {
  reportId: string;
  /** Compiled versions; the latest last. */
  versions: { version: number; title: string; position: number; compiledOn: IsoDate }[];
  submitted: { version: number; position: number; submittedTo: DivisionCode; submittedOn: IsoDate } | null;
}

/** The August report's figures (report-outline.md §3) for one province. */
export interface ProvinceRollupRow extends TenantScoped {
  name: string;
  /** The report is about the national pilots; the provincial pilots are given beside them. */
  nationalPilots: PilotLevelRollup;
  provincialPilots: PilotLevelRollup;
  /** All counties of the province. */
  all: RollupFigures;
  /** Annex B: the acceptance result of every national pilot unit. */
  acceptanceResults: CountyComparisonRow[];
  overallReport: OverallReportState | null;
  overdueMilestones: number;
}

export interface NationalRollup extends TenantScoped {
  basis: ViewBasis;
  /** Every province with data, by code. */
  provinces: ProvinceRollupRow[];
  /** Summed over the provinces. */
  nationalPilots: PilotLevelRollup;
  provincialPilots: PilotLevelRollup;
}

// ---------------------------------------------------------------------------------------------
// Catalogue items

export interface StandardVersionView {
  /** 1 for the definition, then 2, 3 … per revision. */
  version: number;
  /** Null for version 1; the revision's reason otherwise. */
  reason: string | null;
  /** Elements that changed from the previous version (empty for version 1). */
  changedElements: readonly string[];
  datedOn: IsoDate;
  /** Event-store position of the event that recorded it (for the audit trail). */
  position: number;
}

export interface DisclosureView {
  disclosureId: string;
  title: string;
  channel: ChannelCode;
  channelName: string;
  channelLabel: string | null;
  url: string | null;
  reference: string | null;
  formedOn: IsoDate;
  publishedOn: IsoDate;
  timeliness: Timeliness | null;
  timelinessState: TimelinessState;
  interpretationIds: readonly string[];
  responseIds: readonly string[];
}

export interface InterpretationView {
  interpretationId: string;
  disclosureId: string;
  title: string;
  form: string;
  channel: ChannelCode;
  url: string | null;
  publishedOn: IsoDate;
  timeliness: Timeliness;
}

export interface ResponseView {
  responseId: string;
  disclosureId: string | null;
  concern: string;
  raisedOn: IsoDate;
  respondedOn: IsoDate;
  channel: ChannelCode;
  url: string | null;
  workingDaysTaken: number;
}

export interface FeedbackView {
  feedbackId: string;
  kind: 'social-evaluation' | 'third-party-assessment';
  evaluator: string;
  satisfaction: number;
  sampleSize: number | null;
  comment: string | null;
  recordedOn: IsoDate;
}

export interface CatalogueItemView extends TenantScoped {
  itemId: string;
  streamId: string;
  area: AreaCode;
  areaName: string;
  status: CatalogueItemViewStatus;
  /** The draft's working name, then the standard's name. */
  name: ItemName;
  source: ItemSource;
  draftedOn: IsoDate;
  standard: ItemStandard | null;
  /** 0 before a standard is defined. */
  standardVersion: number;
  standardDatedOn: IsoDate | null;
  /** Computed from the current standard; null before one is defined. */
  completeness: StandardCompleteness | null;
  /** Version 1 and every numbered revision, oldest first. */
  standardHistory: StandardVersionView[];
  publishedOn: IsoDate | null;
  publishedStandardVersion: number | null;
  retiredOn: IsoDate | null;
  retirementReason: string | null;
  /** By publication date, then id. */
  disclosures: DisclosureView[];
  interpretations: InterpretationView[];
  responses: ResponseView[];
  feedback: FeedbackView[];
  /** The latest business date recorded on the item. */
  latestOn: IsoDate | null;
  /** Position of the last event of the item the view includes. */
  position: number;
}

/** Readable catalogue filter: every given field must match. */
export interface CatalogueFilter {
  level1Name?: string;
  source?: ItemSource;
  /** Standard complete (true) or not complete / missing (false). */
  complete?: boolean;
  fiveOpenStage?: FiveOpenStage;
  chainStage?: ChainStage;
  mode?: Mode;
  level?: Level;
  /** The standard requires or allows this channel. */
  channel?: ChannelCode;
  /** At least one publication (true) or none (false). */
  disclosed?: boolean;
}

export interface CatalogueQuery {
  /** A county: its items; a prefecture or province: the items of every county below it. */
  tenant: DivisionCode;
  area?: AreaCode;
  status?: CatalogueItemViewStatus;
  /** Page size, 1..500. */
  first: number;
  /** The `endCursor` of the previous page. */
  after?: string | null;
  filter?: CatalogueFilter;
}

export interface CatalogueEdge {
  cursor: string;
  node: CatalogueItemView;
}

/** A Relay connection over the catalogue, ordered by tenant, area, level-1 name, level-2 name, id. */
export interface CatalogueConnection {
  edges: CatalogueEdge[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
  basis: ViewBasis;
}

// ---------------------------------------------------------------------------------------------
// Audit trail

export interface AuditEntry {
  position: number;
  /** 0-based revision within the stream. */
  revision: number;
  eventId: string;
  type: string;
  /** The version the event was stored at (data below is upcast to the current version). */
  storedSchemaVersion: number;
  /** One line on what the event means (the event catalogue's description). */
  description: string;
  /** Who. */
  actor: Actor;
  /** When: business time and store time (ISO 8601). */
  occurredAt: string;
  recordedAt: string;
  /** Why: the reason the event gives (revision, retirement), else null. */
  reason: string | null;
  correlationId: string;
  causationId: string | null;
  /** The event's data at its current schema version. */
  data: Readonly<Record<string, unknown>>;
}

export interface AuditTrailOptions {
  /** Entries after this position (exclusive); the `endCursor` of the previous page. */
  after?: string | null;
  /** Page size, 1..1000 (default 100). */
  first?: number;
  /** Only these event types. */
  types?: readonly string[];
  /** Only events up to this point (same rule as the views). */
  asOf?: AsOf;
}

export interface AuditTrail extends TenantScoped {
  streamId: string;
  /** Oldest first. */
  entries: AuditEntry[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

// ---------------------------------------------------------------------------------------------
// The queries

/**
 * What the API asks. Tenancy is the caller's: these answer for any code; the API checks the
 * principal may see it (`visibleToTenant`) before asking. `null` means "no such unit / item / stream".
 */
export interface ViewQueries {
  countyView(code: DivisionCode, asOf?: AsOf): Promise<CountyView | null>;
  prefectureView(code: DivisionCode, asOf?: AsOf): Promise<PrefectureView | null>;
  provinceView(code: DivisionCode, asOf?: AsOf): Promise<ProvinceView | null>;
  nationalRollup(asOf?: AsOf): Promise<NationalRollup>;
  catalogueItem(tenant: DivisionCode, itemId: string, asOf?: AsOf): Promise<CatalogueItemView | null>;
  catalogue(query: CatalogueQuery): Promise<CatalogueConnection>;
  milestones(tenant: DivisionCode, asOf?: AsOf): Promise<MilestonesView | null>;
  auditTrail(streamId: string, options?: AuditTrailOptions): Promise<AuditTrail | null>;
  /**
   * An opaque version of what the live views (no `asOf`) read: while it stays the same, so does
   * every live view. Lets a caller keep answers; optional (without it, nothing is kept).
   */
  liveVersion?(): Promise<string>;
}
