export * from './schemas';
export * from './text';
export * from './feedback';
export * from './dates';
export * from './blank';
export type * from './messages';
export { stableStringify } from './stableStringify';
export { formatIssues } from './formatIssues';
