import type { DomainEvent, IsoDate, MilestoneCompletionEventType, PilotLevel } from '@gongkai/domain';
import type { UnitOfWork } from '../readModelStore';
import { HISTORY_INDEXES, historyCollection } from '../history/documentHistory';
import type { ProjectionContext } from './context';
import type { CachedDocument } from './documentCache';
import { DocumentCache } from './documentCache';
import type { ProjectedEvent, Projector } from './types';

export const MILESTONES_PROJECTOR = 'milestones';
/** Collection of milestone facts: one document per tenant whose stream recorded a completion. */
export const MILESTONE_FACTS = 'milestoneFacts';

/** An event that can complete a milestone: its type, its business date, and the unit acting (if not the tenant). */
export interface MilestoneFact {
  type: MilestoneCompletionEventType;
  on: IsoDate;
  /** The unit that did it when it is not the tenant: filedWith, submittedBy, conductedBy. */
  by: string | null;
}

export type MilestoneFactsDocument = CachedDocument & {
  /** Set once the tenant registers as a pilot unit. */
  pilotLevel: PilotLevel | null;
  /** The first occurrence of each (type, by), in the order recorded. */
  facts: MilestoneFact[];
};

const factOf = (event: DomainEvent): MilestoneFact | null => {
  switch (event.type) {
    case 'ImplementationPlanFiled':
      return { type: event.type, on: event.data.filedOn, by: event.data.filedWith };
    case 'SelfAssessmentSubmitted':
      return { type: event.type, on: event.data.submittedOn, by: null };
    case 'PilotReportSubmitted':
      return { type: event.type, on: event.data.submittedOn, by: event.data.submittedBy };
    case 'AcceptanceConducted':
      return { type: event.type, on: event.data.conductedOn, by: event.data.conductedBy };
    case 'PilotCompleted':
      return { type: event.type, on: event.data.completedOn, by: null };
    case 'NationalReportSubmitted':
      return { type: event.type, on: event.data.submittedOn, by: null };
    case 'ProgrammePlanFiled':
      return { type: event.type, on: event.data.filedOn, by: event.data.filedWith };
    case 'ProvincialPilotsSummarised':
      return { type: event.type, on: event.data.summarisedOn, by: null };
    default:
      return null;
  }
};

/** Events the milestone facts fold reads. */
export const isMilestoneEvent = ({ event }: ProjectedEvent): boolean =>
  factOf(event) !== null || event.type === 'PilotUnitRegistered';

export const newMilestoneFacts = (tenant: string, context: ProjectionContext): MilestoneFactsDocument => ({
  _id: tenant,
  _position: 0,
  tenant,
  ancestors: context.ancestorsOf(tenant),
  pilotLevel: null,
  facts: [],
});

/** Folds one event into a tenant's facts: the first occurrence of each (type, by) is kept. */
export const foldMilestoneFact = (document: MilestoneFactsDocument, event: DomainEvent): void => {
  const fact = factOf(event);
  if (event.type === 'PilotUnitRegistered') document.pilotLevel = event.data.pilotLevel;
  else if (fact && !document.facts.some((known) => known.type === fact.type && known.by === fact.by)) {
    document.facts.push(fact);
  }
};

/**
 * The raw facts milestones are judged from. Whether a milestone is overdue depends on the day it is
 * asked, so statuses are computed at query time (`overdueMilestones`) from these facts.
 */
class MilestoneFactsProjector implements Projector {
  readonly name = MILESTONES_PROJECTOR;
  readonly categories = ['pilotUnit', 'nationalReport', 'pilotProgramme'] as const;
  readonly collections = {
    [MILESTONE_FACTS]: [['tenant']],
    [historyCollection(MILESTONE_FACTS)]: HISTORY_INDEXES,
  };
  private readonly documents = new DocumentCache<MilestoneFactsDocument>(MILESTONE_FACTS, 100_000, {
    historyEvery: 1,
  });

  constructor(private readonly context: ProjectionContext) {}

  async project(events: readonly ProjectedEvent[], unit: UnitOfWork): Promise<void> {
    const mine = events.filter(isMilestoneEvent);
    await this.documents.preload(
      unit,
      mine.map(({ tenant }) => tenant),
    );
    for (const projected of mine) {
      const { position, tenant } = projected;
      const document =
        (await this.documents.load(unit, tenant)) ??
        this.documents.put(newMilestoneFacts(tenant, this.context));
      if (document._position >= position) continue; // redelivered
      this.documents.observe(document, projected);
      foldMilestoneFact(document, projected.event);
      // Written even when nothing changed: its history counted the event.
      this.documents.touch(document, position);
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

export const createMilestoneFactsProjector = (context: ProjectionContext): Projector =>
  new MilestoneFactsProjector(context);
