import { applicationCommandSchemas } from './commands';
import type { ApplicationCommand } from './commands';
import { decideApplication } from './decide';
import { applicationErrorCodes } from './errors';
import { applicationEventDescriptions, applicationEventSchemas } from './events';
import { evolveApplication } from './evolve';
import { applicationPolicy, applicationReadPolicy } from './policy';
import { applicationDataClassification } from './privacy';
import { initialApplicationState } from './state';
import { APPLICATION_STREAM_CATEGORY, streamIdForApplication } from './streams';

export * from './commands';
export * from './events';
export * from './state';
export { evolveApplication } from './evolve';
export { decideApplication } from './decide';
export * from './errors';
export * from './outcomes';
export * from './regulation';
export { informationProcessingFee } from './fees';
export { applicationClock } from './clock';
export type { ApplicationClock, ClockStatus, PauseReason } from './clock';
export { annualReportFigures, applicationTableIssues } from './annualReport';
export type * from './annualReport';
export { reportFormats, reportFormatFor } from './reportFormats';
export type * from './reportFormats';
export { applicationDataClassification, personalDataInventory, publicDataOf } from './privacy';
export type { FieldClassification } from './privacy';
export { applicationPolicy, applicationReadPolicy } from './policy';
export { APPLICATION_STREAM_CATEGORY, streamIdForApplication } from './streams';

/**
 * The on-request disclosure aggregate as one decider module, in the shape the registry adopts:
 * everything the write path, the catalogue of events and the policy need, from this folder alone.
 */
export const disclosureApplicationModule = {
  category: APPLICATION_STREAM_CATEGORY,
  commandSchemas: applicationCommandSchemas,
  eventSchemas: applicationEventSchemas,
  eventDescriptions: applicationEventDescriptions,
  initialState: initialApplicationState,
  evolve: evolveApplication,
  decide: decideApplication,
  /** The stream a command is decided on; it consults no other stream. */
  streamOf: (command: ApplicationCommand): string =>
    streamIdForApplication(command.data.tenant, command.data.applicationId),
  consults: (_command: ApplicationCommand): readonly string[] => [],
  policy: applicationPolicy,
  readPolicy: applicationReadPolicy,
  dataClassification: applicationDataClassification,
  errorCodes: applicationErrorCodes,
} as const;
