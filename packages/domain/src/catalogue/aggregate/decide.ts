import type { DisclosureCommand } from '../disclosure';
import type { CatalogueItemLifecycleCommand } from '../item';
import { decideRespondToConcern } from './concern';
import type { CatalogueDecisionContext } from './context';
import { decideDraftCatalogueItem } from './draft';
import type { CatalogueItemEvent } from './evolve';
import { decideRecordPublicFeedback } from './feedback';
import { decidePublishInterpretation } from './interpretation';
import { decidePublishDisclosure } from './publishDisclosure';
import { decidePublishCatalogueItem } from './publishItem';
import { decideRetireCatalogueItem } from './retire';
import { decideDefineStandard, decideReviseStandard } from './standard';
import type { CatalogueItemState } from './state';

export type CatalogueItemCommand = CatalogueItemLifecycleCommand | DisclosureCommand;

/** Decides a command on a catalogue item's stream (the item and its disclosures). */
export const decideCatalogueItem = (
  command: CatalogueItemCommand,
  state: CatalogueItemState,
  context: CatalogueDecisionContext,
): CatalogueItemEvent[] => {
  switch (command.type) {
    case 'DraftCatalogueItem':
      return decideDraftCatalogueItem(command, state, context);
    case 'DefineStandard':
      return decideDefineStandard(command, state, context);
    case 'ReviseStandard':
      return decideReviseStandard(command, state, context);
    case 'PublishCatalogueItem':
      return decidePublishCatalogueItem(command, state, context);
    case 'RetireCatalogueItem':
      return decideRetireCatalogueItem(command, state, context);
    case 'PublishDisclosure':
      return decidePublishDisclosure(command, state, context);
    case 'PublishInterpretation':
      return decidePublishInterpretation(command, state, context);
    case 'RespondToConcern':
      return decideRespondToConcern(command, state, context);
    case 'RecordPublicFeedback':
      return decideRecordPublicFeedback(command, state, context);
  }
};
