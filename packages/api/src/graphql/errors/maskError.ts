import type { GraphQLErrorExtensions } from 'graphql';
import { GraphQLError } from '../graphqlJs';
import { ApiError } from './apiError';
import type { ClientFacingErrorPredicate, CodedError } from './clientFacing';
import { isClientFacingError } from './clientFacing';
import { ErrorCode } from './codes';

export const UNEXPECTED_ERROR_MESSAGE = 'Unexpected error.';

export interface ErrorMasker {
  /** What the client sees instead of `error`; always a GraphQL error with `extensions.code`. */
  maskError(error: unknown): GraphQLError;
  /** The hidden original behind a masked error (for the logs), or undefined if it was not masked. */
  unexpectedCauseOf(error: unknown): unknown;
  /** Whether `error` went through `maskError` (so generic error logging can skip it). */
  hasHandled(error: unknown): boolean;
}

type Located = Pick<GraphQLError, 'nodes' | 'source' | 'positions' | 'path'>;

const locationOf = (located: GraphQLError | undefined): Partial<Located> =>
  located === undefined
    ? {}
    : { nodes: located.nodes, source: located.source, positions: located.positions, path: located.path };

/** The first non-GraphQL error in the `originalError` chain, or undefined for a pure GraphQL error. */
const rootCause = (error: unknown): unknown => {
  let current: unknown = error;
  while (current instanceof GraphQLError) {
    if (current.originalError == null) return undefined;
    current = current.originalError;
  }
  return current;
};

const isRequestLevel = (located: GraphQLError | undefined): boolean => located?.path === undefined;

/** Only our own errors carry extensions and HTTP hints; other coded errors expose code and message. */
const fromClientFacing = (cause: CodedError, located: GraphQLError | undefined): GraphQLError =>
  cause instanceof ApiError
    ? toGraphQLError(cause, locationOf(located))
    : new GraphQLError(cause.message, { ...locationOf(located), extensions: { code: cause.code } });

/** A GraphQL error raised by parsing, validation or variable coercion: its message is for clients. */
const withDefaultCode = (error: GraphQLError): GraphQLError => {
  const isInput = error.message.startsWith('Variable "$') || error.extensions['http'] === undefined;
  return withCode(error, isInput ? ErrorCode.BAD_USER_INPUT : ErrorCode.BAD_REQUEST);
};

/**
 * Masks everything that was not written for clients. Known errors (ours, domain errors with a
 * stable code, GraphQL's own request errors) keep their message and get `extensions.code`; the rest
 * become `INTERNAL_SERVER_ERROR` with a fixed message, and the original is kept aside for the logs.
 */
export const createErrorMasker = (
  isClientFacing: ClientFacingErrorPredicate = isClientFacingError,
): ErrorMasker => {
  const hidden = new WeakMap<GraphQLError, unknown>();
  const handled = new WeakSet<object>();

  const mask = (error: unknown): GraphQLError => {
    const located = error instanceof GraphQLError ? error : undefined;
    const cause = rootCause(error);
    if (cause !== undefined && isClientFacing(cause)) return fromClientFacing(cause as CodedError, located);
    // Execution-time GraphQL errors without a code come from the executor itself ("Expected value of
    // type ...", which prints the source object): server bugs, masked like any other.
    if (cause === undefined && located !== undefined) {
      if (typeof located.extensions['code'] === 'string' || isRequestLevel(located))
        return withDefaultCode(located);
    }
    const masked = new GraphQLError(UNEXPECTED_ERROR_MESSAGE, {
      ...locationOf(located),
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        ...(isRequestLevel(located) ? { http: { status: 500 } } : {}),
      },
    });
    hidden.set(masked, cause ?? error);
    return masked;
  };

  const maskError = (error: unknown): GraphQLError => {
    if (typeof error === 'object' && error !== null) handled.add(error);
    return mask(error);
  };

  return {
    maskError,
    unexpectedCauseOf: (error) => (error instanceof GraphQLError ? hidden.get(error) : undefined),
    hasHandled: (error) => typeof error === 'object' && error !== null && handled.has(error),
  };
};

/**
 * The GraphQL error for one of our errors. Its HTTP status and headers apply only when it refuses
 * the whole request (no `path`); a field's error leaves the response's status alone.
 */
export const toGraphQLError = (error: ApiError, location: Partial<Located> = {}): GraphQLError => {
  const extensions: GraphQLErrorExtensions = { ...error.extensions, code: error.code };
  if (location.path === undefined && error.httpStatus !== undefined) {
    extensions['http'] = { status: error.httpStatus, headers: error.httpHeaders ?? {} };
  }
  return new GraphQLError(error.message, { ...location, extensions });
};

/** Gives a GraphQL error the code `code` unless it already has one. */
export const withCode = (error: GraphQLError, code: string): GraphQLError =>
  typeof error.extensions['code'] === 'string'
    ? error
    : new GraphQLError(error.message, { ...locationOf(error), extensions: { ...error.extensions, code } });
