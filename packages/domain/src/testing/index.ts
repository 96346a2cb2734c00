export { given } from './given';
export { command } from './command';
export type { CommandOf } from './command';
export type { DecisionSpec } from './given';
export { countyAdmin, prefectureAdmin, provinceAdmin, nationalViewer, publicVisitor } from './actors';
export { testContext, testDirectory, testCalendar, TEST_OCCURRED_AT } from './context';
export { SpecAssertionError } from './assertion';
export * from './fixtures';
