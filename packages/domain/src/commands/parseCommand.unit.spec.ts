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

  it('refuses admin text that is only whitespace or carries control, surrogate or bidi characters', () => {
    const feedback = (evaluator: string, comment?: string) => ({
      type: 'RecordPilotFeedback',
      data: {
        tenant: '230102',
        feedbackId: 'f-1',
        kind: 'third-party-assessment',
        evaluator,
        satisfaction: 4,
        ...(comment === undefined ? {} : { comment }),
        recordedOn: '2018-06-01',
      },
    });
    expect(rejection(feedback('   ')).details).toEqual({
      issues: ['data.evaluator: must not be empty or only whitespace: write the text'],
    });
    for (const bad of ['评估\u0000中心', '评估\ud800中心', '评估\u202e中心']) {
      expect(rejection(feedback(bad)).code).toBe('INVALID_COMMAND');
      expect(rejection(feedback('评估中心', bad)).code).toBe('INVALID_COMMAND');
    }
    expect(parseCommand(feedback('评估中心', '好\n很好')).type).toBe('RecordPilotFeedback');
  });

  it('refuses a whitespace-only or malformed title, name or text field of any command', () => {
    expect(
      rejection({
        type: 'SubmitPilotReport',
        data: { tenant: '230102', title: '\t ', submittedOn: '2018-07-01' },
      }).code,
    ).toBe('INVALID_COMMAND');
    expect(
      rejection({
        type: 'RetireCatalogueItem',
        data: { tenant: '230102', itemId: 'i-1', reason: '合并\u202e', retiredOn: '2018-07-01' },
      }).code,
    ).toBe('INVALID_COMMAND');
  });
});
