import { PILOTS_ALREADY_SUMMARISED } from './pilotsAlreadySummarised';
import { PILOTS_NOT_YET_ACCEPTED } from './pilotsNotYetAccepted';
import { PROGRAMME_TIER_INVALID } from './programmeTierInvalid';

export {
  PROGRAMME_TIER_INVALID,
  ProgrammeTierInvalidError,
  isProgrammeTierInvalidError,
} from './programmeTierInvalid';
export type { ProgrammeTierInvalidDetails } from './programmeTierInvalid';
export {
  PILOTS_NOT_YET_ACCEPTED,
  PilotsNotYetAcceptedError,
  isPilotsNotYetAcceptedError,
} from './pilotsNotYetAccepted';
export type { PilotsNotYetAcceptedDetails } from './pilotsNotYetAccepted';
export {
  PILOTS_ALREADY_SUMMARISED,
  PilotsAlreadySummarisedError,
  isPilotsAlreadySummarisedError,
} from './pilotsAlreadySummarised';
export type { PilotsAlreadySummarisedDetails } from './pilotsAlreadySummarised';

/** Every stable code the programme aggregate throws. */
export const programmeErrorCodes = [
  PROGRAMME_TIER_INVALID,
  PILOTS_NOT_YET_ACCEPTED,
  PILOTS_ALREADY_SUMMARISED,
] as const;
