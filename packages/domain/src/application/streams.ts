import type { DivisionCode } from '../tenants/types';

/** The stream category: one stream per application. */
export const APPLICATION_STREAM_CATEGORY = 'disclosureApplication';

/** `disclosureApplication-230102-2019-0042`: one application of one office. */
export const streamIdForApplication = (tenant: DivisionCode, applicationId: string): string =>
  `${APPLICATION_STREAM_CATEGORY}-${tenant}-${applicationId}`;
