import type { ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { OperationTypeNode, getOperationAST } from '../graphql/graphqlJs';
import { ApiError } from '../graphql/errors/apiError';
import { toGraphQLError } from '../graphql/errors/maskError';

/** The request header that asks for "at least my write": the `position` a mutation answered. */
export const MIN_POSITION_HEADER = 'x-gongkai-min-position';

export interface ReadYourWritesOptions {
  /** The position every read model has reached (the slowest projector's checkpoint). */
  projectedPosition: () => Promise<number>;
  /** How long a query waits for the read models to reach the asked position. Default 2,000 ms. */
  waitMs?: number;
  /** Between two looks at the projected position. Default 10 ms. */
  pollMs?: number;
}

/** The read models had not reached the position the query asked for within the wait. */
export class NotYetProjectedError extends ApiError {
  readonly code = 'NOT_YET_PROJECTED';

  constructor(minPosition: number, position: number, waitMs: number) {
    super(
      `The read models are at position ${position}, before the ${minPosition} this query asked for (${MIN_POSITION_HEADER}), after waiting ${waitMs} ms; ask again in a moment.`,
      { extensions: { minPosition, position }, httpStatus: 503, httpHeaders: { 'Retry-After': '1' } },
    );
  }
}

class BadMinPositionError extends ApiError {
  readonly code = 'BAD_USER_INPUT';

  constructor(value: string) {
    super(
      `${MIN_POSITION_HEADER}: ${JSON.stringify(value)} is not a position: send the non-negative integer \`position\` a mutation answered.`,
      { extensions: { header: MIN_POSITION_HEADER }, httpStatus: 400 },
    );
  }
}

/** The asked position (the header); undefined when the request names none. */
const minPositionOf = (args: ExecutionArgs): number | undefined => {
  // Yoga's server context (the fetch Request) is part of every operation's context value.
  const { request } = args.contextValue as { request?: Request };
  const asked = request?.headers.get(MIN_POSITION_HEADER) ?? undefined;
  if (asked === undefined) return undefined;
  if (!/^\d{1,15}$/.test(asked.trim())) throw new BadMinPositionError(asked);
  return Number(asked.trim());
};

const isQuery = (args: ExecutionArgs): boolean =>
  getOperationAST(args.document, args.operationName ?? undefined)?.operation === OperationTypeNode.QUERY;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Read-your-writes: a query that names a minimum position waits, bounded, until the read models
 * have projected it; past the wait it is answered NOT_YET_PROJECTED with the current position.
 * Mutations never wait.
 */
export const useReadYourWrites = (options: ReadYourWritesOptions): Plugin => {
  const waitMs = options.waitMs ?? 2_000;
  const pollMs = options.pollMs ?? 10;
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (!isQuery(args)) return;
      let minPosition: number | undefined;
      try {
        minPosition = minPositionOf(args);
      } catch (error) {
        if (!(error instanceof BadMinPositionError)) throw error;
        setResultAndStopExecution({ errors: [toGraphQLError(error)] });
        return;
      }
      if (minPosition === undefined) return;
      const deadline = Date.now() + waitMs;
      for (;;) {
        const position = await options.projectedPosition();
        if (position >= minPosition) return;
        if (Date.now() >= deadline) {
          setResultAndStopExecution({
            errors: [toGraphQLError(new NotYetProjectedError(minPosition, position, waitMs))],
          });
          return;
        }
        await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())));
      }
    },
  };
};
