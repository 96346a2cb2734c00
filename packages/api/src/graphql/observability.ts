import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { DocumentNode, GraphQLError } from 'graphql';
import { getOperationAST } from './graphqlJs';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { ErrorMasker } from './errors/maskError';

export interface OperationObservation {
  /** Operation name as sent, `anonymous` without one. Bound the label's cardinality downstream. */
  readonly operation: string;
  /** `extensions.code` of the first error, `none` without errors. */
  readonly code: string;
  readonly seconds: number;
}

export interface ObservabilityOptions {
  readonly masker: ErrorMasker;
  readonly requestLogger: (req: IncomingMessage) => Logger;
  readonly onOperation: (observation: OperationObservation) => void;
}

interface Timing {
  readonly startedAt: number;
  operation: string | undefined;
}

const firstCode = (errors: readonly GraphQLError[] | undefined): string => {
  const code = errors?.[0]?.extensions['code'];
  return errors === undefined || errors.length === 0 ? 'none' : typeof code === 'string' ? code : 'UNKNOWN';
};

/**
 * Times each GraphQL operation, reports it, and logs the originals behind masked errors with the
 * request's logger (hence its correlation id). Runs on results after masking.
 */
export const useOperationObservability = (
  options: ObservabilityOptions,
): Plugin<Record<string, unknown>, { req: IncomingMessage }> => {
  const timings = new WeakMap<Request, Timing>();
  return {
    onParams({ params, request }) {
      timings.set(request, { startedAt: performance.now(), operation: params.operationName ?? undefined });
    },
    onExecute({ args }) {
      const timing = timings.get(args.contextValue.request);
      // envelop's execution args are loosely typed.
      const name = getOperationAST(args.document as DocumentNode, args.operationName as string | undefined)
        ?.name?.value;
      if (timing !== undefined && name !== undefined) timing.operation = name;
    },
    onExecutionResult({ result, request, context }) {
      const timing = timings.get(request);
      const single = result === undefined || Symbol.asyncIterator in result ? undefined : result;
      const errors = single === undefined || Array.isArray(single) ? undefined : single.errors;
      const operation = timing?.operation ?? 'anonymous';
      const logger = options.requestLogger(context.req);
      for (const error of errors ?? []) {
        const cause = options.masker.unexpectedCauseOf(error);
        if (cause !== undefined) {
          logger.error({ err: cause, operation, path: error.path }, 'GraphQL operation failed unexpectedly');
        }
      }
      const seconds = timing === undefined ? 0 : (performance.now() - timing.startedAt) / 1000;
      options.onOperation({ operation, code: firstCode(errors), seconds });
    },
  };
};
