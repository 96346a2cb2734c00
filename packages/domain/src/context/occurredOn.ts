import type { IsoDate } from '../calendar/types';
import { InvalidContextError } from '../errors';
import { chinaDateOf } from '../primitives';
import type { DecisionContext } from './decisionContext';

/** The China Standard Time date on which the command occurred. */
export const occurredOn = (context: Pick<DecisionContext, 'occurredAt'>): IsoDate => {
  const date = chinaDateOf(context.occurredAt);
  if (date === undefined) throw new InvalidContextError({ field: 'occurredAt', value: context.occurredAt });
  return date;
};
