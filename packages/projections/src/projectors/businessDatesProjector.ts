import type { IsoDate } from '@gongkai/domain';
import { NATIONAL_TENANT, occurredOn, streamCategories } from '@gongkai/domain';
import type { UnitOfWork } from '../readModelStore';
import type { CachedDocument } from './documentCache';
import { DocumentCache } from './documentCache';
import type { ProjectedEvent, Projector } from './types';

export const BUSINESS_DATES_PROJECTOR = 'businessDates';
/** One document (`_id` = `latest`): the latest business date of any event projected. */
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
      (await this.documents.load(unit, LATEST)) ??
      this.documents.put({ _id: LATEST, _position: 0, tenant: NATIONAL_TENANT, ancestors: [], latestOn: '' });
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

export const createBusinessDatesProjector = (): Projector => new BusinessDatesProjector();
