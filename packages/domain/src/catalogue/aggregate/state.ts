import type { IsoDate } from '../../calendar/types';
import type { MessageOfType } from '../../primitives';
import type { AreaCode } from '../../tenants/types';
import type { DisclosureEvent } from '../disclosure';
import type { ItemSource } from '../item';
import type { ItemName, ItemStandard } from '../standard';

type RecordOf<T extends DisclosureEvent['type']> = Omit<MessageOfType<DisclosureEvent, T>['data'], 'itemId'>;

export type DisclosureRecord = RecordOf<'DisclosurePublished'>;
export type InterpretationRecord = RecordOf<'InterpretationPublished'>;
export type ConcernResponseRecord = RecordOf<'ConcernResponded'>;
export type PublicFeedbackRecord = RecordOf<'PublicFeedbackRecorded'>;

export interface StandardRevision {
  version: number;
  reason: string;
  changedElements: readonly string[];
  revisedOn: IsoDate;
}

export type CatalogueItemStatus = 'none' | 'draft' | 'published' | 'retired';

export interface CatalogueItemState {
  itemId: string | null;
  status: CatalogueItemStatus;
  areaCode: AreaCode | null;
  /** The draft's working name, then the standard's name once one is defined. */
  name: ItemName | null;
  source: ItemSource | null;
  draftedOn: IsoDate | null;
  standard: ItemStandard | null;
  /** 0 before the standard is defined; 1 when defined; +1 per revision. */
  standardVersion: number;
  /** Date of the current standard version. */
  standardDatedOn: IsoDate | null;
  revisions: readonly StandardRevision[];
  publishedOn: IsoDate | null;
  publishedStandardVersion: number | null;
  retiredOn: IsoDate | null;
  retirementReason: string | null;
  disclosures: Readonly<Record<string, DisclosureRecord>>;
  interpretations: Readonly<Record<string, InterpretationRecord>>;
  responses: Readonly<Record<string, ConcernResponseRecord>>;
  feedback: Readonly<Record<string, PublicFeedbackRecord>>;
  /** The latest business date recorded on the item (a retirement cannot precede it). */
  latestOn: IsoDate | null;
}

export const initialCatalogueItemState = (): CatalogueItemState => ({
  itemId: null,
  status: 'none',
  areaCode: null,
  name: null,
  source: null,
  draftedOn: null,
  standard: null,
  standardVersion: 0,
  standardDatedOn: null,
  revisions: [],
  publishedOn: null,
  publishedStandardVersion: null,
  retiredOn: null,
  retirementReason: null,
  disclosures: {},
  interpretations: {},
  responses: {},
  feedback: {},
  latestOn: null,
});
