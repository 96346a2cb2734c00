export {
  CheckpointRegressedError,
  isCheckpointRegressedError,
  RELAY_CHECKPOINT_REGRESSED,
} from './checkpointRegressedError';
export {
  InvalidPublicEventError,
  isInvalidPublicEventError,
  PUBLIC_EVENT_INVALID,
} from './invalidPublicEventError';
export {
  isReferenceAreaUnmappedError,
  REFERENCE_AREA_UNMAPPED,
  ReferenceAreaUnmappedError,
} from './referenceAreaUnmappedError';
export {
  isReferenceMessageInvalidError,
  REFERENCE_MESSAGE_INVALID,
  ReferenceMessageInvalidError,
} from './referenceMessageInvalidError';
export {
  isRelayNotStartableError,
  RELAY_NOT_STARTABLE,
  RelayNotStartableError,
} from './relayNotStartableError';
