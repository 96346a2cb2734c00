import { START, type Position, type ReadPosition } from '@kurrent/kurrentdb-client';

// The port's position is KurrentDB's commit position: the byte offset of the event's record in the
// transaction log. It is strictly increasing in $all order and stays below 2^53 for any log smaller
// than 8 PiB, so a JS number holds it exactly. Positions are therefore sparse (gaps of the record
// sizes), which the port allows: it promises "strictly increasing", not "dense".

/** The port's number for a KurrentDB position; throws rather than round a position past 2^53. */
export const positionOf = (position: Position): number => {
  if (position.commit > BigInt(Number.MAX_SAFE_INTEGER) || position.commit < 0n)
    throw new RangeError(
      `KurrentDB commit position ${position.commit} does not fit the port's number (2^53): ` +
        'this adapter cannot address a log that large.',
    );
  return Number(position.commit);
};

/**
 * Where to start reading $all so that every event after `position` (exclusive) is included. A
 * position the adapter handed out is an event's own commit position, and for the events a client
 * writes (implicitly committed prepares) KurrentDB's commit and prepare positions coincide; the
 * reader then also returns the event at `position` itself, which the caller drops (see `isAfter`).
 */
export const readPositionAfter = (position: number): ReadPosition => {
  if (!Number.isSafeInteger(position) || position < 0)
    throw new RangeError(`position ${position} is not a non-negative integer`);
  if (position === 0) return START;
  const at = BigInt(position);
  return { commit: at, prepare: at };
};

/** True when the event at `event` comes strictly after `position` in $all. */
export const isAfter = (event: number, position: number): boolean => event > position;
