import type { DisclosureCommand } from '../disclosure';
import type { CatalogueItemLifecycleCommand } from '../item';

/** A command on a catalogue item's stream (the item and its disclosures). */
export type CatalogueItemCommand = CatalogueItemLifecycleCommand | DisclosureCommand;
