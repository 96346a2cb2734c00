export { createAliasLimitRule } from './aliasLimit';
export { computeQueryCost } from './cost';
export type { CostInput, CostOptions } from './cost';
export { createDepthLimitRule, measureDepth } from './depthLimit';
export { DEFAULT_LIMITS, PAGE_SIZE_ARGUMENTS } from './limits';
export type { ApiLimits } from './limits';
export { useQueryLimits } from './queryLimits';
