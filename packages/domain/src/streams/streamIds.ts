import { InvalidStreamIdError } from '../errors';
import type { DivisionCode } from '../tenants/types';

/** Stream categories; each is one aggregate. Stream ids are `<category>-<tenant>[-<id>]`. */
export const streamCategories = [
  'pilotUnit',
  'catalogueItem',
  'nationalReport',
  'intakeRejections',
  'disclosureApplication',
  'pilotProgramme',
] as const;
export type StreamCategory = (typeof streamCategories)[number];

/** `pilotUnit-230102`: one stream per pilot unit, keyed by its own code. */
export const streamIdForPilotUnit = (unit: DivisionCode): string => `pilotUnit-${unit}`;

/** `pilotProgramme-230100`: a province's or prefecture's own plan and, for a province, its summary. */
export const streamIdForPilotProgramme = (tenant: DivisionCode): string => `pilotProgramme-${tenant}`;

/** `intakeRejections-230102`: the messages of a tenant that the domain refused, and why. */
export const streamIdForIntakeRejections = (tenant: DivisionCode): string => `intakeRejections-${tenant}`;

/** Categories with one stream per tenant (no id part). */
const TENANT_STREAMS: readonly StreamCategory[] = ['pilotUnit', 'intakeRejections', 'pilotProgramme'];

/** `catalogueItem-230102-<itemId>`: an item and its disclosures. */
export const streamIdForCatalogueItem = (tenant: DivisionCode, itemId: string): string =>
  `catalogueItem-${tenant}-${itemId}`;

/** `nationalReport-230000-<reportId>`. */
export const streamIdForNationalReport = (tenant: DivisionCode, reportId: string): string =>
  `nationalReport-${tenant}-${reportId}`;

const STREAM_ID = /^([A-Za-z]+)-(\d{6})(?:-([A-Za-z0-9][A-Za-z0-9_-]*))?$/;

export interface ParsedStreamId {
  category: StreamCategory;
  tenant: DivisionCode;
  /** The item or report id; undefined for pilot units. */
  id: string | undefined;
}

const isCategory = (text: string): text is StreamCategory =>
  (streamCategories as readonly string[]).includes(text);

/** Splits a stream id; INVALID_STREAM_ID when it does not follow the scheme. */
export const parseStreamId = (streamId: string): ParsedStreamId => {
  const match = STREAM_ID.exec(streamId);
  const [, category, tenant, id] = match ?? [];
  if (category === undefined || tenant === undefined || !isCategory(category)) {
    throw new InvalidStreamIdError({ streamId });
  }
  if (TENANT_STREAMS.includes(category) !== (id === undefined)) throw new InvalidStreamIdError({ streamId });
  return { category, tenant, id };
};

export const tenantOfStream = (streamId: string): DivisionCode => parseStreamId(streamId).tenant;

export const categoryOfStream = (streamId: string): StreamCategory => parseStreamId(streamId).category;
