export { createPublicSite, PUBLIC_BASE } from './publicSite';
export type { PublicSiteOptions, PublicSiteSettings } from './publicSite';
export { feedbackOutcomeOf } from './feedback/gatewayOutcome';
export type { FeedbackOutcome } from './feedback/gatewayOutcome';
