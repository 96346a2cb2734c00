import {
  ErrorType,
  MaxAppendSizeExceededError,
  StreamDeletedError as ClientStreamDeletedError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { describe, expect, it } from 'vitest';
import {
  isEventStoreUnavailableError,
  isInvalidAppendError,
  isStreamDeletedError,
  isStreamRevisionConflictError,
} from '../errors';
import {
  actualRevisionOf,
  isCancelled,
  isStreamNotFound,
  isUnavailable,
  isWrongExpectedVersion,
  toPortError,
} from './errors';

const wrongVersion = (current: bigint | 'no_stream') =>
  new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current });

describe('KurrentDB client errors as the port reports them', () => {
  it('turns WrongExpectedVersion into a revision conflict with the actual revision', () => {
    const error = toPortError(wrongVersion(3n), { operation: 'append', streamId: 'item-1', expected: 0 });
    expect(isStreamRevisionConflictError(error)).toBe(true);
    expect(error).toMatchObject({ streamId: 'item-1', expected: 0, actual: 3 });
  });

  it('reports a missing stream as no-stream, however the server says it', () => {
    expect(actualRevisionOf(wrongVersion('no_stream'))).toBe('no-stream');
    expect(actualRevisionOf(wrongVersion(-1n))).toBe('no-stream');
    expect(actualRevisionOf(wrongVersion(0n))).toBe(0);
    expect(actualRevisionOf(new Error('other'))).toBeUndefined();
  });

  it('turns a deleted stream into STREAM_DELETED', () => {
    const error = toPortError(ClientStreamDeletedError.fromStreamName('ns-item-1'), {
      operation: 'append',
      streamId: 'item-1',
    });
    expect(isStreamDeletedError(error)).toBe(true);
    expect(error).toMatchObject({ streamId: 'item-1' });
  });

  it('turns an unreachable server or a passed deadline into EVENT_STORE_UNAVAILABLE, raw gRPC codes too', () => {
    expect(
      isEventStoreUnavailableError(
        toPortError(new UnavailableError(undefined, 'down'), { operation: 'readAll' }),
      ),
    ).toBe(true);
    const raw = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    expect(isUnavailable(raw)).toBe(true);
    const error = toPortError(raw, { operation: 'append', streamId: 's' });
    expect(isEventStoreUnavailableError(error)).toBe(true);
    expect((error as Error).message).toMatch(/retry/);
  });

  it('turns an append larger than the server accepts into INVALID_APPEND, saying the limit', () => {
    const error = toPortError(MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576), {
      operation: 'append',
      streamId: 'large',
    });
    expect(isInvalidAppendError(error)).toBe(true);
    expect((error as Error).message).toMatch(/1048576 bytes/);
  });

  it('passes any other error through unchanged', () => {
    const other = new Error('access denied');
    expect(toPortError(other, { operation: 'readAll' })).toBe(other);
  });

  it('recognises the client errors the adapter branches on by their type', () => {
    expect(isWrongExpectedVersion(wrongVersion(1n))).toBe(true);
    expect(isWrongExpectedVersion(new Error('x'))).toBe(false);
    expect(isStreamNotFound({ type: ErrorType.STREAM_NOT_FOUND })).toBe(true);
    expect(isCancelled({ type: ErrorType.CANCELLED })).toBe(true);
    expect(isUnavailable(null)).toBe(false);
  });
});
