import type { Plugin } from 'graphql-yoga';
import type { DocumentNode, ExecutionArgs, GraphQLSchema } from 'graphql';
import { GraphQLError, parse } from '../graphqlJs';
import { ErrorCode } from '../errors/codes';
import { toGraphQLError, withCode } from '../errors/maskError';
import { QueryLimitError } from '../errors/queryLimitError';
import { createAliasLimitRule } from './aliasLimit';
import type { QueryMeasure } from './cost';
import { costVariablesOf, measureQuery } from './cost';
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

interface DocumentCosts {
  /** The variables the cost depends on (`costVariablesOf`); none for most documents. */
  readonly variables: readonly string[];
  readonly costs: Map<string, QueryMeasure>;
}

const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentCosts>>();

/**
 * The cost and the count of fields as of are a function of schema, document, operation, list size
 * and the few variables given as `asOf` or page sizes; Yoga's parse cache hands the same
 * DocumentNode for the same query text, so a document clients repeat is walked once per distinct
 * value of those variables: once in all for a mutation, whatever its input.
 */
const measureOf = (args: ExecutionArgs, defaultListSize: number): QueryMeasure => {
  let documents = costs.get(args.schema);
  if (documents === undefined) costs.set(args.schema, (documents = new WeakMap()));
  let known = documents.get(args.document);
  if (known === undefined) {
    known = { variables: costVariablesOf(args.document), costs: new Map() };
    documents.set(args.document, known);
  }
  const values = args.variableValues ?? {};
  const relevant = known.variables.map((name) => values[name] ?? null);
  const key = `${defaultListSize}\0${args.operationName ?? ''}\0${JSON.stringify(relevant)}`;
  const cached = known.costs.get(key);
  if (cached !== undefined) return cached;
  const measure = measureQuery(
    {
      schema: args.schema,
      document: args.document,
      operationName: args.operationName,
      variables: args.variableValues,
    },
    { defaultListSize },
  );
  if (known.costs.size >= COSTS_PER_DOCUMENT) known.costs.clear();
  known.costs.set(key, measure);
  return measure;
};

/** Too many fields as of (the clearer reason when both are exceeded), else too costly, else none. */
const costRefusal = (args: ExecutionArgs, limits: ApiLimits) => {
  const { cost, asOfFields } = measureOf(args, limits.defaultListSize);
  const refused =
    asOfFields > limits.maxAsOfFields
      ? new QueryLimitError('asOfFields', asOfFields, limits.maxAsOfFields)
      : cost > limits.maxCost
        ? new QueryLimitError('cost', cost, limits.maxCost)
        : undefined;
  return refused === undefined ? undefined : { errors: [toGraphQLError(refused)] };
};

/**
 * The query limits as one Yoga plugin: the variables' nesting first, tokens at parse, depth and
 * aliases as validation rules (cached with the document), fields as of and cost at execution (they
 * need the variables' `asOf`s and page sizes). Also gives parse and validation errors their codes.
 */
// Validation errors get their code; the hook is one function for every request.
const codeValidationErrors = ({
  result,
  setResult,
}: {
  result: readonly unknown[];
  setResult: (errors: unknown[]) => void;
}): void => {
  if (result.length === 0) return;
  setResult(
    result.map((error: unknown) =>
      error instanceof GraphQLError ? withCode(error, ErrorCode.GRAPHQL_VALIDATION_FAILED) : error,
    ),
  );
};

export const useQueryLimits = (limits: ApiLimits): Plugin => {
  // Made once: Yoga caches a document's validation, so a rule made per request was only garbage.
  const depthRule = createDepthLimitRule(limits.maxDepth);
  const aliasRule = createAliasLimitRule(limits.maxAliases);
  return {
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
      addValidationRule(depthRule);
      addValidationRule(aliasRule);
      return codeValidationErrors;
    },
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = costRefusal(args, limits);
      if (refusal !== undefined) setResultAndStopExecution(refusal);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = costRefusal(args, limits);
      if (refusal !== undefined) setResultAndStopExecution(refusal);
    },
  };
};
