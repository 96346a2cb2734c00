export { authorize, allowedParties } from './authorize';
export { defaultPolicy } from './policy';
export type { Party, PartyRule } from './parties';
