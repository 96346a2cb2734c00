import type { AsOf } from '@gongkai/projections';
import { BadUserInputError } from '../errors/badUserInputError';

export interface AsOfArgument {
  readonly position?: number | null;
  readonly date?: string | null;
}

const ONE_OF =
  'give exactly one of asOf.position (an event-store position, e.g. { position: 1200 }) or asOf.date (YYYY-MM-DD, e.g. { date: "2018-07-31" }), or leave asOf out for the live view';

/** The view's `AsOf` for the `asOf` argument; BAD_USER_INPUT unless exactly one field is given. */
export const toAsOf = (argument: AsOfArgument | null | undefined): AsOf | undefined => {
  if (argument == null) return undefined;
  const { position, date } = argument;
  if (position != null && date != null) {
    throw new BadUserInputError(`asOf has both position and date: ${ONE_OF}.`, 'asOf');
  }
  if (position != null) {
    if (position < 0) {
      throw new BadUserInputError(`asOf.position ${position} is negative: positions start at 0.`, 'asOf');
    }
    return { position };
  }
  if (date != null) return { date };
  throw new BadUserInputError(`asOf is empty: ${ONE_OF}.`, 'asOf');
};

/** A page size within 1..max; BAD_USER_INPUT otherwise. */
export const pageSize = (first: number | null | undefined, fallback: number, max: number): number => {
  const size = first ?? fallback;
  if (size < 1 || size > max) {
    throw new BadUserInputError(`first must be between 1 and ${max}; got ${size}.`, 'first');
  }
  return size;
};
