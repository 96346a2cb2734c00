export { disclosureCommandSchemas, InterpretationFormSchema } from './commands';
export type { DisclosureCommand } from './commands';
export { disclosureEventSchemas, DisclosurePublishedV2Schema } from './events';
export type { DisclosureEvent } from './events';
export { DisclosurePublishedV1Schema, upcastDisclosurePublishedV1 } from './disclosurePublishedV1';
export {
  TimelinessSchema,
  disclosureTimeliness,
  timelinessWithin,
  INTERPRETATION_WORKING_DAYS,
} from './timeliness';
export type { Timeliness } from './timeliness';
