import { isReadModelQueryInvalidError } from '@gongkai/projections';
import { BadUserInputError } from '../errors/badUserInputError';

/**
 * Everything else the views are asked is checked here first, so a query the read-model store
 * refuses was refused for its cursor: the caller's input, said as such.
 */
export const withCursorErrorsAsInput = async <T>(read: () => Promise<T>): Promise<T> => {
  try {
    return await read();
  } catch (error) {
    if (isReadModelQueryInvalidError(error)) throw new BadUserInputError(error.message, 'after');
    throw error;
  }
};
