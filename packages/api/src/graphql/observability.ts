import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { DocumentNode, GraphQLError } from 'graphql';
import { getOperationAST } from './graphqlJs';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Principal } from '../auth/principal';
import type { ErrorMasker } from './errors/maskError';

export interface OperationObservation {
  /**
   * The operation's name once it is trusted: the document was parsed, validated and reached
   * execution, and the caller is authenticated. `anonymous` for such an operation without a name,
   * `unauthenticated` when no principal sent it, `unvalidated` when it never reached execution;
   * so names a stranger makes up never become labels. Still bound the label's cardinality downstream.
   */
  readonly operation: string;
  /** The authenticated principal (JWT `sub`) that sent a trusted operation name; absent otherwise. */
  readonly principal?: string;
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
  operation: string;
  principal?: string;
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
    onParams({ request }) {
      timings.set(request, { startedAt: performance.now(), operation: 'unvalidated' });
    },
    onExecute({ args }) {
      // envelop's execution args are loosely typed.
      const context = args.contextValue as { request: Request; principal?: Principal };
      const timing = timings.get(context.request);
      if (timing === undefined) return;
      if (context.principal?.authenticated !== true) {
        timing.operation = 'unauthenticated';
        return;
      }
      const name = getOperationAST(args.document as DocumentNode, args.operationName as string | undefined)
        ?.name?.value;
      timing.operation = name ?? 'anonymous';
      timing.principal = context.principal.id;
    },
    onExecutionResult({ result, request, context }) {
      const timing = timings.get(request);
      const single = result === undefined || Symbol.asyncIterator in result ? undefined : result;
      const errors = single === undefined || Array.isArray(single) ? undefined : single.errors;
      const operation = timing?.operation ?? 'unvalidated';
      const logger = options.requestLogger(context.req);
      for (const error of errors ?? []) {
        const cause = options.masker.unexpectedCauseOf(error);
        if (cause !== undefined) {
          logger.error({ err: cause, operation, path: error.path }, 'GraphQL operation failed unexpectedly');
        }
      }
      const seconds = timing === undefined ? 0 : (performance.now() - timing.startedAt) / 1000;
      const principal = timing?.principal;
      options.onOperation({
        operation,
        code: firstCode(errors),
        seconds,
        ...(principal ? { principal } : {}),
      });
    },
  };
};
