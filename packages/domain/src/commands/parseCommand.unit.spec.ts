import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import type { DomainError } from '../errors';
import { completeStandard } from '../testing';
import { parseCommand } from './parseCommand';

const rejection = (input: unknown): DomainError => {
  try {
    parseCommand(input);
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected INVALID_COMMAND');
};

describe('parseCommand', () => {
  it('returns a valid command', () => {
    const input = { type: 'CompletePilot', data: { tenant: '230102', completedOn: '2018-08-20' } };
    expect(parseCommand(input)).toEqual(input);
  });

  it('names the path of every invalid field', () => {
    const error = rejection({
      type: 'DefineStandard',
      data: {
        tenant: '2301',
        itemId: 'edu enrolment',
        standard: completeStandard({ channels: [{ code: 'fax' as never, required: true }] }),
        definedOn: '2017-02-30',
      },
    });
    expect(error.code).toBe('INVALID_COMMAND');
    expect(error.details?.issues).toEqual([
      expect.stringMatching(/^data\.tenant: .*six-digit/),
      expect.stringMatching(/^data\.itemId: /),
      expect.stringMatching(/^data\.standard\.channels\[0\]\.code: /),
      expect.stringMatching(/^data\.definedOn: /),
    ]);
  });

  it('lists the known command types for an unknown one', () => {
    expect(rejection({ type: 'ApprovePilot', data: {} }).message).toContain('RegisterPilotUnit');
  });

  it('rejects fields the command does not have', () => {
    const error = rejection({
      type: 'CompletePilot',
      data: { tenant: '230102', completedOn: '2018-08-20', score: 90 },
      metadata: {},
    });
    expect(error.details?.issues).toEqual([
      'metadata: unexpected field (a command is { type, data })',
      expect.stringMatching(/score/),
    ]);
  });

  it('rejects what is not an object', () => {
    expect(rejection('CompletePilot').code).toBe('INVALID_COMMAND');
  });
});
