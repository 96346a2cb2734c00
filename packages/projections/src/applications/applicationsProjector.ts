import type { ApplicantPersonal, ApplicationEvent, ApplicationState, StreamCategory } from '@gongkai/domain';
import {
  APPLICATION_STREAM_CATEGORY,
  disclosureApplicationDecider,
  evolveApplication,
  initialApplicationState,
} from '@gongkai/domain';
import type { ProjectionContext } from '../projectors/context';
import type { CachedDocument } from '../projectors/documentCache';
import { DocumentCache } from '../projectors/documentCache';
import type { ProjectedEvent, Projector } from '../projectors/types';
import type { IndexDefinition, UnitOfWork } from '../readModelStore';

export const APPLICATIONS_PROJECTOR = 'applications';
/** One document per application (`_id` = its stream id), tenant = the office that received it. */
export const APPLICATIONS = 'applications';

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

/** The on-request disclosure applications: the domain's state of each, and its personal data apart. */
class ApplicationsProjector implements Projector {
  readonly name = APPLICATIONS_PROJECTOR;
  readonly categories: readonly StreamCategory[] = [APPLICATION_STREAM_CATEGORY];
  readonly collections: Readonly<Record<string, readonly IndexDefinition[]>> = {
    [APPLICATIONS]: [['tenant', 'applicationId'], ['trackingCode']],
  };
  private readonly documents = new DocumentCache<ApplicationDocument>(APPLICATIONS, 10_000);
  private readonly prefix = `${APPLICATION_STREAM_CATEGORY}-`;

  constructor(private readonly context: ProjectionContext) {}

  async project(events: readonly ProjectedEvent[], unit: UnitOfWork): Promise<void> {
    const mine = events.filter((projected) => projected.recorded.streamId.startsWith(this.prefix));
    await this.documents.preload(
      unit,
      mine.map((projected) => projected.recorded.streamId),
    );
    for (const projected of mine) {
      const { streamId } = projected.recorded;
      const event = projected.event;
      if (!disclosureApplicationDecider.ownsEvent(event)) continue;
      const document =
        (await this.documents.load(unit, streamId)) ??
        this.documents.put({
          _id: streamId,
          _position: 0,
          tenant: projected.tenant,
          ancestors: this.context.ancestorsOf(projected.tenant),
          applicationId: event.data.applicationId,
          trackingCode: null,
          receivedOn: null,
          state: initialApplicationState(),
          personal: { applicant: null, correctedRequest: null },
        });
      if (document._position >= projected.position) continue; // redelivered
      document.state = evolveApplication(document.state, event);
      document.trackingCode = document.state.trackingCode;
      document.receivedOn = document.state.receivedOn;
      document.personal = collectPersonal(document.personal, event);
      this.documents.touch(document, projected.position);
    }
    DocumentCache.flush(unit, [this.documents]);
  }

  startEmpty(): void {
    this.documents.startEmpty();
  }

  forget(): void {
    this.documents.forget();
  }
}

export const createApplicationsProjector = (context: ProjectionContext): Projector =>
  new ApplicationsProjector(context);
