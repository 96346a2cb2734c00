export * from './channels';
export { channelFromText } from './channelFromText';
export * from './timeLimit';
export * from './standard';
export * from './completeness';
export { changedElements } from './changes';
export { timeLimitRulesFromText } from './timeLimitFromText';
