export { asOfPredicate, parseAsOf, InvalidAsOfError, isInvalidAsOfError, INVALID_AS_OF } from './asOf';
export { replayAsOf } from './replayAsOf';
export type { AsOfReplay, ReplayAsOfOptions, ReplayScope } from './replayAsOf';
