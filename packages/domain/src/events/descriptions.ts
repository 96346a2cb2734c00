import type { DomainEventType } from './domainEvent';

/** One line per event, for the JSON Schemas integrators read. */
export const eventDescriptions: Readonly<Record<DomainEventType, string>> = {
  PilotUnitRegistered: 'A county-level unit was registered as a pilot unit (试点单位) at a pilot level.',
  PilotAreasAssigned: 'The province assigned (or reassigned) the pilot areas (试点领域) of a unit.',
  ImplementationPlanFiled:
    'A pilot unit filed its implementation plan (实施方案) with its reporting parent (备案).',
  SelfAssessmentSubmitted:
    'A pilot unit submitted its self-assessment: practices, results, difficulties, suggestions.',
  PilotReportSubmitted: 'The pilot work report (试点工作报告) of a unit reached the province.',
  AcceptanceConducted:
    'Acceptance (验收) of a pilot by the prefecture or the province: score, findings, passed.',
  RectificationRequested:
    'After a failed acceptance, rectification (整改) was requested with items and a due date.',
  PilotCompleted: 'The province closed a pilot it had accepted.',
  PilotFeedbackRecorded:
    'Social evaluation or third-party assessment of a pilot as a whole (its special topic): satisfaction 1–5.',
  CatalogueItemDrafted: 'A disclosure item (公开事项) was drafted in a pilot area of a county catalogue.',
  StandardDefined: 'The first disclosure standard (公开标准) of an item (version 1).',
  StandardRevised: 'A numbered revision of an item standard with its reason (动态调整).',
  CatalogueItemPublished: 'An item with a complete standard entered the published catalogue.',
  CatalogueItemRetired: 'An item was removed from the catalogue, with a reason.',
  DisclosurePublished: 'Information of an item was published (发布) on a channel, with its timeliness.',
  InterpretationPublished: 'A policy interpretation (解读) of a publication was published.',
  ConcernResponded: 'A public concern about an item was answered (回应关切).',
  PublicFeedbackRecorded:
    'Social evaluation or third-party assessment of an item: satisfaction on a 1–5 scale.',
  NationalReportCompiled:
    'A version of the province overall report (总体报告) was compiled as of an event-store position.',
  NationalReportSubmitted: 'The province submitted its overall report to the State Council General Office.',
  CommandRejected:
    'The intake refused a message: the domain code and reason, so a redelivery gets the same outcome.',
};
