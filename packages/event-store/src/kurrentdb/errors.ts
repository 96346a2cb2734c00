import { ErrorType } from '@kurrent/kurrentdb-client';
import {
  EventStoreUnavailableError,
  InvalidAppendError,
  StreamDeletedError,
  StreamRevisionConflictError,
  type ActualRevision,
} from '../errors';
import type { ExpectedRevision } from '../port';

// The client's errors carry a `type` (its ErrorType enum, a string); raw gRPC errors that escape its
// conversion carry only a numeric status `code`. Both are read structurally, as the port's guards do.

interface ClientErrorShape {
  type?: unknown;
  code?: unknown;
  message?: unknown;
  actualState?: unknown;
  maxAppendSize?: unknown;
}

const shapeOf = (error: unknown): ClientErrorShape =>
  typeof error === 'object' && error !== null ? error : {};

const typeOf = (error: unknown): unknown => shapeOf(error).type;

const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_UNAVAILABLE = 14;

const UNAVAILABLE_TYPES: readonly unknown[] = [
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
];

export const isWrongExpectedVersion = (error: unknown): boolean =>
  typeOf(error) === ErrorType.WRONG_EXPECTED_VERSION;

export const isStreamNotFound = (error: unknown): boolean => typeOf(error) === ErrorType.STREAM_NOT_FOUND;

export const isUnavailable = (error: unknown): boolean => {
  const { type, code } = shapeOf(error);
  if (UNAVAILABLE_TYPES.includes(type)) return true;
  return type === undefined && (code === GRPC_UNAVAILABLE || code === GRPC_DEADLINE_EXCEEDED);
};

/** The client cancelled a read or subscription (ours, on close or break): not a failure. */
export const isCancelled = (error: unknown): boolean => typeOf(error) === ErrorType.CANCELLED;

/** The stream's revision a WrongExpectedVersionError reports (`actualState`: `no_stream` or a bigint). */
export const actualRevisionOf = (error: unknown): ActualRevision | undefined => {
  const actual = shapeOf(error).actualState;
  if (actual === 'no_stream') return 'no-stream';
  if (typeof actual === 'bigint') return actual >= 0n ? Number(actual) : 'no-stream';
  return undefined;
};

export interface ErrorContext {
  operation: string;
  streamId?: string;
  expected?: ExpectedRevision;
}

const messageOf = (error: unknown): string => {
  const message = shapeOf(error).message;
  return typeof message === 'string' ? message : String(error);
};

/**
 * The port's error for a KurrentDB client error, or the error itself when the port has none (access
 * denied, unknown server errors: a misconfiguration to surface as is). StreamNotFound is not mapped:
 * reading a missing stream is not an error in the port, and the readers handle it.
 */
export const toPortError = (error: unknown, context: ErrorContext): unknown => {
  const streamId = context.streamId ?? '';
  const type = typeOf(error);
  if (type === ErrorType.WRONG_EXPECTED_VERSION) {
    const actual = actualRevisionOf(error) ?? 'no-stream';
    return new StreamRevisionConflictError(streamId, context.expected ?? 'any', actual);
  }
  if (type === ErrorType.STREAM_DELETED || type === ErrorType.STREAM_TOMBSTONED)
    return new StreamDeletedError(streamId);
  if (type === ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED) {
    const size = shapeOf(error).maxAppendSize;
    return new InvalidAppendError(
      streamId,
      `the batch is larger than the server's maximum append size (${String(size)} bytes): append fewer or smaller events, or raise MaxAppendSize`,
    );
  }
  if (isUnavailable(error)) return new EventStoreUnavailableError(context.operation, messageOf(error));
  return error;
};
