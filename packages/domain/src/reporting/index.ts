export { nationalReportCommandSchemas, ContentHashSchema, EventStorePositionSchema } from './commands';
export type { NationalReportCommand } from './commands';
export { nationalReportEventSchemas } from './events';
export type { NationalReportEvent } from './events';
export { initialNationalReportState, evolveNationalReport, latestVersion } from './state';
export type { NationalReportState, CompiledReportVersion } from './state';
export { nationalReportDecider } from './decider';
