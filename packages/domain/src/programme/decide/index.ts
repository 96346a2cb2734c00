export { decideFileProgrammePlan } from './plan';
export { decideSummariseProvincialPilots } from './summary';
export type { SummaryDecisionContext } from './summary';
