import type { IsoDate } from '../../calendar/types';
import type { DisclosureEvent } from '../disclosure';
import type { CatalogueItemLifecycleEvent } from '../item';
import type { CatalogueItemState } from './state';

export type CatalogueItemEvent = CatalogueItemLifecycleEvent | DisclosureEvent;

const withoutItemId = <T extends { itemId: string }>(data: T): Omit<T, 'itemId'> => {
  const { itemId: _itemId, ...rest } = data;
  return rest;
};

const evolveLifecycle = (
  state: CatalogueItemState,
  event: CatalogueItemLifecycleEvent,
): CatalogueItemState => {
  switch (event.type) {
    case 'CatalogueItemDrafted': {
      const { itemId, areaCode, name, source, draftedOn } = event.data;
      return { ...state, itemId, status: 'draft', areaCode, name, source, draftedOn };
    }
    case 'StandardDefined': {
      const { standard, version, definedOn } = event.data;
      return {
        ...state,
        standard,
        name: standard.name,
        standardVersion: version,
        standardDatedOn: definedOn,
      };
    }
    case 'StandardRevised': {
      const { standard, version, reason, changedElements, revisedOn } = event.data;
      return {
        ...state,
        standard,
        name: standard.name,
        standardVersion: version,
        standardDatedOn: revisedOn,
        revisions: [...state.revisions, { version, reason, changedElements, revisedOn }],
      };
    }
    case 'CatalogueItemPublished':
      return {
        ...state,
        status: 'published',
        publishedOn: event.data.publishedOn,
        publishedStandardVersion: event.data.standardVersion,
      };
    case 'CatalogueItemRetired':
      return {
        ...state,
        status: 'retired',
        retiredOn: event.data.retiredOn,
        retirementReason: event.data.reason,
      };
  }
};

const evolveDisclosure = (state: CatalogueItemState, event: DisclosureEvent): CatalogueItemState => {
  switch (event.type) {
    case 'DisclosurePublished':
      return {
        ...state,
        disclosures: { ...state.disclosures, [event.data.disclosureId]: withoutItemId(event.data) },
      };
    case 'InterpretationPublished':
      return {
        ...state,
        interpretations: {
          ...state.interpretations,
          [event.data.interpretationId]: withoutItemId(event.data),
        },
      };
    case 'ConcernResponded':
      return {
        ...state,
        responses: { ...state.responses, [event.data.responseId]: withoutItemId(event.data) },
      };
    case 'PublicFeedbackRecorded':
      return {
        ...state,
        feedback: { ...state.feedback, [event.data.feedbackId]: withoutItemId(event.data) },
      };
  }
};

/** The latest of `latest` and the business dates an event records (its `…On` fields, not due dates). */
const latestDateOf = (latest: IsoDate | null, event: CatalogueItemEvent): IsoDate | null => {
  const data = event.data as Record<string, unknown>;
  let result = latest;
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (key.endsWith('On') && typeof value === 'string' && value && (!result || value > result))
      result = value;
  }
  return result;
};

const isLifecycleEvent = (event: CatalogueItemEvent): event is CatalogueItemLifecycleEvent =>
  event.type.startsWith('CatalogueItem') || event.type.startsWith('Standard');

/** Folds one event of a catalogue item's stream. Pure; projections reuse it for "as of" queries. */
export const evolveCatalogueItem = (
  state: CatalogueItemState,
  event: CatalogueItemEvent,
): CatalogueItemState => {
  const next = isLifecycleEvent(event) ? evolveLifecycle(state, event) : evolveDisclosure(state, event);
  return { ...next, latestOn: latestDateOf(state.latestOn, event) };
};
