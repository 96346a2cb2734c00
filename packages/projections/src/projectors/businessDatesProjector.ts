import type { IsoDate } from '@gongkai/domain';
import { NATIONAL_TENANT, occurredOn, streamCategories } from '@gongkai/domain';
import type { UnitOfWork } from '../readModelStore';
import type { CachedDocument } from './documentCache';
import { DocumentCache } from './documentCache';
import type { ProjectedEvent, Projector } from './types';

export const BUSINESS_DATES_PROJECTOR = 'businessDates';
/**
 * One document (`_id` = `latest`; one per shard when sharded): the latest business date of any
 * event projected. The latest date the read models hold is the greatest over the collection.
 */
export const BUSINESS_DATES = 'businessDates';
const LATEST = 'latest';

export type BusinessDatesDocument = CachedDocument & {
  /** The latest China date of an event's business time (`metadata.occurredAt`). */
  latestOn: IsoDate;
};

/**
 * The latest business date the read models hold. Commands may be back-dated, so the last event is
 * not always the latest: a view "as of" a date on or after this one reads exactly what the live
 * read models hold, and needs no replay.
 */
class BusinessDatesProjector implements Projector {
  readonly name = BUSINESS_DATES_PROJECTOR;
  readonly categories = streamCategories;
  readonly collections = { [BUSINESS_DATES]: [] };
  private readonly documents = new DocumentCache<BusinessDatesDocument>(BUSINESS_DATES, 1);

  constructor(private readonly documentId: string) {}
  // Events of a batch mostly share a few instants: convert each instant once.
  private lastInstant = '';
  private lastDate: IsoDate = '';

  private dateOf(occurredAt: string): IsoDate {
    if (occurredAt !== this.lastInstant) {
      this.lastInstant = occurredAt;
      this.lastDate = occurredOn({ occurredAt });
    }
    return this.lastDate;
  }

  async project(events: readonly ProjectedEvent[], unit: UnitOfWork): Promise<void> {
    if (events.length === 0) return;
    let latest: IsoDate = '';
    let latestPosition = 0;
    for (const { recorded, position } of events) {
      const date = this.dateOf(recorded.metadata.occurredAt);
      if (date > latest) latest = date;
      latestPosition = position;
    }
    const document =
      (await this.documents.load(unit, this.documentId)) ??
      this.documents.put({
        _id: this.documentId,
        _position: 0,
        tenant: NATIONAL_TENANT,
        ancestors: [],
        latestOn: '',
      });
    if (document._position >= latestPosition) return; // redelivered
    if (latest > document.latestOn) document.latestOn = latest;
    this.documents.touch(document, latestPosition);
    DocumentCache.flush(unit, [this.documents]);
  }

  startEmpty(): void {
    this.documents.startEmpty();
  }

  forget(): void {
    this.documents.forget();
  }
}

/** `documentId` differs per shard, so that shards never write the same document. */
export const createBusinessDatesProjector = (documentId: string = LATEST): Projector =>
  new BusinessDatesProjector(documentId);
