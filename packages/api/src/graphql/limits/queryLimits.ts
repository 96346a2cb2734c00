import type { Plugin } from 'graphql-yoga';
import type { DocumentNode, ExecutionArgs, GraphQLSchema } from 'graphql';
import { GraphQLError, parse } from '../graphqlJs';
import { ErrorCode } from '../errors/codes';
import { toGraphQLError, withCode } from '../errors/maskError';
import { QueryLimitError } from '../errors/queryLimitError';
import { createAliasLimitRule } from './aliasLimit';
import { computeQueryCost } from './cost';
import { createDepthLimitRule } from './depthLimit';
import type { ApiLimits } from './limits';

// graphql-js words it "more that N tokens" in 16.x.
const parseFailure = (error: unknown, maxTokens: number): unknown => {
  if (!(error instanceof GraphQLError)) return error;
  if (/more th(?:an|at) \d+ tokens/.test(error.message)) {
    return toGraphQLError(new QueryLimitError('tokens', null, maxTokens));
  }
  return new GraphQLError(error.message, {
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code: ErrorCode.GRAPHQL_PARSE_FAILED, http: { status: 400 } },
  });
};

/**
 * True when objects or lists in `value` nest deeper than `max`. Iterative, so no nesting can
 * overflow the stack here, and the variables are checked before anything recursive (JSON.stringify,
 * variable coercion) sees them; the walk is bounded by the request body limit.
 */
export const nestsDeeperThan = (value: unknown, max: number): boolean => {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
};

/** Variable sets remembered per document; past it, that document's costs start over. */
const COSTS_PER_DOCUMENT = 64;
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

/**
 * The cost is a function of schema, document, operation, variables and list size; Yoga's parse
 * cache hands the same DocumentNode for the same query text, so the handful of documents clients
 * repeat are walked once, not on every request.
 */
const costOf = (args: ExecutionArgs, defaultListSize: number): number => {
  const key = `${defaultListSize}\0${args.operationName ?? ''}\0${JSON.stringify(args.variableValues ?? {})}`;
  let documents = costs.get(args.schema);
  if (documents === undefined) costs.set(args.schema, (documents = new WeakMap()));
  let known = documents.get(args.document);
  const cached = known?.get(key);
  if (cached !== undefined) return cached;
  const cost = computeQueryCost(
    {
      schema: args.schema,
      document: args.document,
      operationName: args.operationName,
      variables: args.variableValues,
    },
    { defaultListSize },
  );
  if (known === undefined || known.size >= COSTS_PER_DOCUMENT)
    documents.set(args.document, (known = new Map<string, number>()));
  known.set(key, cost);
  return cost;
};

const costRefusal = (args: ExecutionArgs, limits: ApiLimits) => {
  const cost = costOf(args, limits.defaultListSize);
  return cost > limits.maxCost
    ? { errors: [toGraphQLError(new QueryLimitError('cost', cost, limits.maxCost))] }
    : undefined;
};

/**
 * The query limits as one Yoga plugin: the variables' nesting first, tokens at parse, depth and aliases as validation rules
 * (cached with the document), cost at execution (it needs the variables' page sizes). Also gives
 * parse and validation errors their codes.
 */
export const useQueryLimits = (limits: ApiLimits): Plugin => ({
  onParams({ params, setResult }) {
    if (nestsDeeperThan(params.variables, limits.maxVariableDepth)) {
      setResult({
        errors: [toGraphQLError(new QueryLimitError('variableDepth', null, limits.maxVariableDepth))],
      });
    }
  },
  onParse({ setParseFn }) {
    setParseFn((source, options) => {
      try {
        // envelop types the parse parameters as `any`; Yoga passes the query string.
        return parse(source as string, { ...(options as object), maxTokens: limits.maxTokens });
      } catch (error) {
        throw parseFailure(error, limits.maxTokens);
      }
    });
  },
  onValidate({ addValidationRule }) {
    addValidationRule(createDepthLimitRule(limits.maxDepth));
    addValidationRule(createAliasLimitRule(limits.maxAliases));
    return ({ result, setResult }) => {
      if (result.length === 0) return;
      setResult(
        result.map((error: unknown) =>
          error instanceof GraphQLError ? withCode(error, ErrorCode.GRAPHQL_VALIDATION_FAILED) : error,
        ),
      );
    };
  },
  onExecute({ args, setResultAndStopExecution }) {
    const refusal = costRefusal(args, limits);
    if (refusal !== undefined) setResultAndStopExecution(refusal);
  },
  onSubscribe({ args, setResultAndStopExecution }) {
    const refusal = costRefusal(args, limits);
    if (refusal !== undefined) setResultAndStopExecution(refusal);
  },
});
