import { START } from '@kurrent/kurrentdb-client';
import { describe, expect, it } from 'vitest';
import { isAfter, positionOf, readPositionAfter } from './positions';

describe('KurrentDB positions as the port numbers them', () => {
  it('is the commit position, exactly, for any log below 2^53 bytes', () => {
    expect(positionOf({ commit: 0n, prepare: 0n })).toBe(0);
    expect(positionOf({ commit: 18_446n, prepare: 18_446n })).toBe(18_446);
    const largest = BigInt(Number.MAX_SAFE_INTEGER);
    expect(positionOf({ commit: largest, prepare: largest })).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses a commit position it could not hold exactly rather than round it', () => {
    const past = BigInt(Number.MAX_SAFE_INTEGER) + 1n;
    expect(() => positionOf({ commit: past, prepare: past })).toThrow(/2\^53/);
    expect(() => positionOf({ commit: -1n, prepare: -1n })).toThrow(RangeError);
  });

  it('reads everything after position 0 from the start of $all', () => {
    expect(readPositionAfter(0)).toBe(START);
  });

  it('reads after a position from that event itself, which the caller then drops (exclusive)', () => {
    expect(readPositionAfter(4_096)).toEqual({ commit: 4_096n, prepare: 4_096n });
    expect(isAfter(4_096, 4_096)).toBe(false);
    expect(isAfter(4_200, 4_096)).toBe(true);
  });

  it('refuses a position that is no event position', () => {
    expect(() => readPositionAfter(-1)).toThrow(RangeError);
    expect(() => readPositionAfter(1.5)).toThrow(RangeError);
  });
});
