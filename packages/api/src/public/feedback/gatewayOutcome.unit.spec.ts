import type { CommandOutcome } from '@gongkai/command-handling';
import { describe, expect, it } from 'vitest';
import { IntakePendingError } from '../../gateway/intakePendingError';
import { feedbackOutcomeOf } from './gatewayOutcome';

const rejected = (reason: unknown): PromiseSettledResult<CommandOutcome> => ({ status: 'rejected', reason });

describe('what a citizen is told after the gateway answered', () => {
  it('"received" only once the gateway resolved', () => {
    const accepted: CommandOutcome = {
      status: 'accepted',
      streamId: 'catalogueItem-230102-a',
      revision: 3,
      position: 9,
      eventIds: [],
      events: [],
      duplicate: false,
    };
    expect(feedbackOutcomeOf({ status: 'fulfilled', value: accepted })).toEqual({ kind: 'received' });
  });

  it('a domain refusal is shown in Chinese with its code kept', () => {
    const refusal: CommandOutcome = {
      status: 'rejected',
      code: 'SATISFACTION_OUT_OF_RANGE',
      reason: 'satisfaction 9',
      duplicate: false,
    };
    expect(feedbackOutcomeOf({ status: 'fulfilled', value: refusal })).toEqual({
      kind: 'refused',
      code: 'SATISFACTION_OUT_OF_RANGE',
      message: '满意度只能是 1 到 5 之间的整数。',
    });
  });

  it('an intake that says the command is accepted and pending counts as received, still processing', () => {
    expect(feedbackOutcomeOf(rejected(new IntakePendingError('m-1')))).toEqual({ kind: 'pending' });
  });

  it('any other failure is an error, never "received"', () => {
    const timeout = Object.assign(new Error('timeout'), { code: 'INTAKE_TIMEOUT' });
    expect(feedbackOutcomeOf(rejected(timeout))).toEqual({ kind: 'failed' });
    expect(feedbackOutcomeOf(rejected(new Error('pending?')))).toEqual({ kind: 'failed' });
    expect(feedbackOutcomeOf(rejected(undefined))).toEqual({ kind: 'failed' });
  });
});
