import type {
  ChainStage,
  DivisionCode,
  FiveOpenStage,
  ItemName,
  Level,
  MilestoneState,
  Mode,
  PilotLevel,
  PilotStatus,
  Tier,
} from '@gongkai/domain';

// What the public pages may show, field by field. Templates receive only these types, so a field
// added to a read model stays off the public site until someone decides here that it is public.
// Left out on purpose: actors, acceptance scores and findings, self-assessment, rectification
// items, report internals, feedback comments and evaluators, positions and stream ids.

export interface PublicUnitRef {
  code: DivisionCode;
  name: string;
}

export interface PublicMilestone {
  description: string;
  dueDate: string;
  dueDateText: string;
  state: MilestoneState;
  completedOn: string | null;
}

export interface PublicFigures {
  assignedAreas: number;
  areasCovered: number;
  publishedItems: number;
  completeStandards: number;
  revisions: number;
  disclosures: number;
  onTimeRate: number | null;
  interpretations: number;
  responses: number;
  feedbackCount: number;
  averageSatisfaction: number | null;
}

export interface PublicUnitRow extends PublicUnitRef {
  pilotLevel: PilotLevel | null;
  status: PilotStatus | 'unregistered';
  figures: PublicFigures;
}

export interface PublicLatestDisclosure {
  itemId: string;
  itemName: string;
  title: string;
  channelName: string;
  url: string | null;
  publishedOn: string;
}

export interface PublicArea {
  code: string;
  name: string;
  publishedItems: number;
}

interface PublicHomeBase extends PublicUnitRef {
  tier: Tier;
  parent: PublicUnitRef | null;
  milestones: PublicMilestone[];
}

/** A pilot county's special topic (试点工作专题). */
export interface PublicCountyHome extends PublicHomeBase {
  kind: 'county';
  pilotLevel: PilotLevel | null;
  status: PilotStatus | 'unregistered';
  areas: PublicArea[];
  figures: PublicFigures;
  latestDisclosures: PublicLatestDisclosure[];
}

/** A prefecture's or the province's special topic: its pilot units side by side. */
export interface PublicRollupHome extends PublicHomeBase {
  kind: 'rollup';
  figures: PublicFigures;
  pilotUnits: PublicUnitRow[];
  /** Units below it whose own special topic lists further pilots (the province's prefectures). */
  subdivisions: PublicUnitRef[];
}

export type PublicHome = PublicCountyHome | PublicRollupHome;

export interface PublicStandard {
  name: ItemName;
  legalBasis: { title: string; docNo: string | null; article: string | null }[];
  contentElements: { name: string; required: boolean }[];
  subject: string;
  timeLimit: string;
  modes: Mode[];
  channels: { name: string; required: boolean }[];
  audience: string[];
  audienceNote: string | null;
  levels: Level[];
  fiveOpenStages: FiveOpenStage[];
  chainStages: ChainStage[];
}

export interface PublicRevision {
  version: number;
  reason: string | null;
  changedElements: string[];
  datedOn: string;
}

export interface PublicItem {
  unit: PublicUnitRef;
  itemId: string;
  area: { code: string; name: string };
  name: ItemName;
  standard: PublicStandard | null;
  standardVersion: number;
  history: PublicRevision[];
  publishedOn: string | null;
  disclosures: {
    title: string;
    channelName: string;
    url: string | null;
    reference: string | null;
    publishedOn: string;
    onTime: boolean | null;
  }[];
  interpretations: { title: string; form: string; url: string | null; publishedOn: string }[];
  responses: { concern: string; respondedOn: string; url: string | null }[];
  feedback: { count: number; averageSatisfaction: number | null };
}

export interface PublicCatalogue {
  unit: PublicUnitRef;
  areas: { code: string; name: string; items: PublicItem[] }[];
}
