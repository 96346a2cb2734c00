export * from './recordAlreadyExists';
export * from './channelNotInStandard';
export * from './urlRequired';
export * from './referenceRequired';
export * from './disclosureUnknown';
export * from './chainStageNotCovered';
export * from './satisfactionOutOfRange';
