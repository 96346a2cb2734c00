import { ApiError } from './apiError';
import { ErrorCode } from './codes';

export type QueryLimit = 'depth' | 'cost' | 'asOfFields' | 'aliases' | 'tokens' | 'variableDepth';

const CODES = {
  depth: ErrorCode.QUERY_TOO_DEEP,
  cost: ErrorCode.QUERY_TOO_COSTLY,
  asOfFields: ErrorCode.TOO_MANY_AS_OF_FIELDS,
  aliases: ErrorCode.TOO_MANY_ALIASES,
  tokens: ErrorCode.QUERY_TOO_LARGE,
  variableDepth: ErrorCode.VARIABLES_TOO_DEEP,
} as const;

const message = (limit: QueryLimit, actual: number | null, max: number): string => {
  switch (limit) {
    case 'depth':
      return `The query is ${actual} levels deep; the limit is ${max}. Split it into smaller queries.`;
    case 'cost':
      return `The query would cost ${actual} (fields, multiplied by page sizes); the limit is ${max}. Ask for smaller pages or fewer fields.`;
    case 'asOfFields':
      return `The query asks ${actual} fields as of a date or position (asOf); the limit is ${max}. Ask for fewer as-of views per query.`;
    case 'aliases':
      return `The query uses ${actual} aliases; the limit is ${max}.`;
    case 'tokens':
      return `The query is longer than ${max} tokens; send a shorter query.`;
    case 'variableDepth':
      return `The variables are nested more than ${max} levels deep; no input of this API nests that deep: send flatter variables.`;
  }
};

/** A query refused by one of the limits (depth, cost, fields as of, aliases, tokens, variables' nesting) before it ran. */
export class QueryLimitError extends ApiError {
  readonly code: (typeof CODES)[QueryLimit];

  constructor(
    readonly limit: QueryLimit,
    readonly actual: number | null,
    readonly max: number,
  ) {
    super(message(limit, actual, max), { extensions: { limit, actual, max }, httpStatus: 400 });
    this.code = CODES[limit];
  }
}

export const isQueryLimitError = (error: unknown): error is QueryLimitError =>
  error instanceof QueryLimitError;
