import { hasCode } from './hasCode';

export const REFERENCE_AREA_UNMAPPED = 'REFERENCE_AREA_UNMAPPED';

/**
 * A valid reference item that cannot be placed in one of its tenant's pilot areas: a catalogue item
 * always belongs to a pilot area, and guessing one would file the item where nobody looks for it.
 */
export class ReferenceAreaUnmappedError extends Error {
  readonly code = REFERENCE_AREA_UNMAPPED;

  constructor(
    readonly tenant: string,
    readonly area: string | undefined,
    readonly pilotAreas: readonly string[],
  ) {
    super(
      area === undefined
        ? `The reference item names no area; tenant ${tenant} has the pilot areas ` +
            `[${pilotAreas.join(', ')}]. Send the item with "area" set to one of them.`
        : `Area ${JSON.stringify(area)} is not a pilot area of tenant ${tenant} ` +
            `([${pilotAreas.join(', ')}]); the item is not drafted. Send it again once the province ` +
            'assigned the area, or correct "area".',
    );
    this.name = 'ReferenceAreaUnmappedError';
  }
}

export const isReferenceAreaUnmappedError = (error: unknown): error is ReferenceAreaUnmappedError =>
  hasCode(error, REFERENCE_AREA_UNMAPPED);
