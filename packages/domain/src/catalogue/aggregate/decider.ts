import { countyOrReportingLine, ownCounty } from '../../authorization/parties';
import type { CommandContext } from '../../commands/commandContext';
import { defineDecider, upcastStep } from '../../decider';
import {
  AREA_NOT_ASSIGNED,
  CHAIN_STAGE_NOT_COVERED,
  CHANNEL_NOT_IN_STANDARD,
  CONTEXT_INCOMPLETE,
  DISCLOSURE_UNKNOWN,
  ITEM_ALREADY_DRAFTED,
  ITEM_ALREADY_PUBLISHED,
  ITEM_NOT_DRAFTED,
  ITEM_NOT_PUBLISHED,
  ITEM_RETIRED,
  PILOT_NOT_REGISTERED,
  RECORD_ALREADY_EXISTS,
  REFERENCE_REQUIRED,
  RETIREMENT_REASON_REQUIRED,
  REVISION_REASON_REQUIRED,
  SATISFACTION_OUT_OF_RANGE,
  STANDARD_ALREADY_DEFINED,
  STANDARD_INCOMPLETE,
  STANDARD_NOT_DEFINED,
  STANDARD_UNCHANGED,
  URL_REQUIRED,
} from '../../errors';
import { pilotUnitDecider } from '../../pilot/decider';
import { streamIdForCatalogueItem, streamIdForPilotUnit } from '../../streams';
import {
  disclosureCommandSchemas,
  disclosureEventSchemas,
  DisclosurePublishedV1Schema,
  upcastDisclosurePublishedV1,
} from '../disclosure';
import {
  catalogueItemCommandSchemas,
  catalogueItemLifecycleEventSchemas,
  StandardDefinedV1Schema,
  StandardRevisedV1Schema,
  upcastStandardDefinedV1,
  upcastStandardRevisedV1,
} from '../item';
import { decideRespondToConcern } from './concern';
import { decideDraftCatalogueItem } from './draft';
import { evolveCatalogueItem } from './evolve';
import { decideRecordPublicFeedback } from './feedback';
import { decidePublishInterpretation } from './interpretation';
import { decidePublishDisclosure } from './publishDisclosure';
import { decidePublishCatalogueItem } from './publishItem';
import { decideRetireCatalogueItem } from './retire';
import { decideDefineStandard, decideReviseStandard } from './standard';
import type { CatalogueDecisionContext } from './context';
import { initialCatalogueItemState } from './state';

const county = () => ownCounty;

/** The county's pilot unit, folded from the consulted stream when the caller loaded it. */
const withPilotUnit = (
  { data }: { data: { tenant: string } },
  context: CommandContext,
): CatalogueDecisionContext => {
  const pilotEvents = context.consulted?.[streamIdForPilotUnit(data.tenant)];
  return { ...context, pilotUnit: pilotEvents && pilotUnitDecider.fold(pilotEvents) };
};

/**
 * A catalogue item and its disclosures: `catalogueItem-<county>-<itemId>`. Drafting consults the
 * county's pilot unit (its assigned areas).
 */
export const catalogueItemDecider = defineDecider({
  category: 'catalogueItem',
  commandSchemas: { ...catalogueItemCommandSchemas, ...disclosureCommandSchemas },
  eventSchemas: { ...catalogueItemLifecycleEventSchemas, ...disclosureEventSchemas },
  initialState: initialCatalogueItemState,
  evolve: evolveCatalogueItem,
  streamId: (data) => streamIdForCatalogueItem(data.tenant, data.itemId),
  decisionContext: withPilotUnit,
  commands: {
    DraftCatalogueItem: {
      graphql: { mutation: 'draftCatalogueItem', description: 'County: draft a disclosure item.' },
      policy: county,
      consults: (data) => [streamIdForPilotUnit(data.tenant)],
      decide: decideDraftCatalogueItem,
    },
    DefineStandard: {
      graphql: { mutation: 'defineStandard', description: "County: define the item's standard (version 1)." },
      policy: county,
      decide: decideDefineStandard,
    },
    ReviseStandard: {
      graphql: {
        mutation: 'reviseStandard',
        description: 'County: revise the standard (a numbered revision with a reason).',
      },
      policy: county,
      decide: decideReviseStandard,
    },
    PublishCatalogueItem: {
      graphql: {
        mutation: 'publishCatalogueItem',
        description: 'County: publish the item (its standard must be complete).',
      },
      policy: county,
      decide: decidePublishCatalogueItem,
    },
    RetireCatalogueItem: {
      graphql: { mutation: 'retireCatalogueItem', description: 'County: retire the item, with a reason.' },
      policy: county,
      decide: decideRetireCatalogueItem,
    },
    PublishDisclosure: {
      graphql: {
        mutation: 'recordDisclosure',
        description: 'County: record a publication (发布) of a published item.',
      },
      policy: county,
      decide: decidePublishDisclosure,
    },
    PublishInterpretation: {
      graphql: {
        mutation: 'recordInterpretation',
        description: 'County: record a policy interpretation (解读) of a publication.',
      },
      policy: county,
      decide: decidePublishInterpretation,
    },
    RespondToConcern: {
      graphql: {
        mutation: 'recordResponse',
        description: 'County: record a response to a public concern (回应).',
      },
      policy: county,
      decide: decideRespondToConcern,
    },
    RecordPublicFeedback: {
      graphql: {
        mutation: 'recordFeedback',
        description: 'County or above: record social evaluation or third-party assessment.',
      },
      policy: () => countyOrReportingLine,
      decide: decideRecordPublicFeedback,
    },
  },
  events: {
    CatalogueItemDrafted: {
      description: 'A disclosure item (公开事项) was drafted in a pilot area of a county catalogue.',
    },
    StandardDefined: {
      description: 'The first disclosure standard (公开标准) of an item (version 1).',
      upcasts: [upcastStep(1, StandardDefinedV1Schema, upcastStandardDefinedV1)],
    },
    StandardRevised: {
      description: 'A numbered revision of an item standard with its reason (动态调整).',
      upcasts: [upcastStep(1, StandardRevisedV1Schema, upcastStandardRevisedV1)],
    },
    CatalogueItemPublished: {
      description: 'An item with a complete standard entered the published catalogue.',
    },
    CatalogueItemRetired: { description: 'An item was removed from the catalogue, with a reason.' },
    DisclosurePublished: {
      description: 'Information of an item was published (发布) on a channel, with its timeliness.',
      upcasts: [upcastStep(1, DisclosurePublishedV1Schema, upcastDisclosurePublishedV1)],
    },
    InterpretationPublished: {
      description: 'A policy interpretation (解读) of a publication was published.',
    },
    ConcernResponded: { description: 'A public concern about an item was answered (回应关切).' },
    PublicFeedbackRecorded: {
      description: 'Social evaluation or third-party assessment of an item: satisfaction on a 1–5 scale.',
    },
  },
  errors: [
    ITEM_ALREADY_DRAFTED,
    ITEM_NOT_DRAFTED,
    AREA_NOT_ASSIGNED,
    CONTEXT_INCOMPLETE,
    PILOT_NOT_REGISTERED,
    STANDARD_ALREADY_DEFINED,
    STANDARD_NOT_DEFINED,
    STANDARD_INCOMPLETE,
    STANDARD_UNCHANGED,
    REVISION_REASON_REQUIRED,
    ITEM_ALREADY_PUBLISHED,
    ITEM_NOT_PUBLISHED,
    ITEM_RETIRED,
    RETIREMENT_REASON_REQUIRED,
    RECORD_ALREADY_EXISTS,
    CHANNEL_NOT_IN_STANDARD,
    URL_REQUIRED,
    REFERENCE_REQUIRED,
    DISCLOSURE_UNKNOWN,
    CHAIN_STAGE_NOT_COVERED,
    SATISFACTION_OUT_OF_RANGE,
  ],
});
