import { describe, expect, it } from 'vitest';
import { completeStandard, draftStandard } from '../../testing';
import { standardCompleteness, standardElements } from './completeness';

describe('standardCompleteness', () => {
  it('a standard with every element is complete', () => {
    expect(standardCompleteness(completeStandard())).toEqual({ complete: true, score: 1, missing: [] });
  });

  it('a draft standard is scored by the share of its elements present', () => {
    const { complete, score, missing } = standardCompleteness(draftStandard());
    expect(complete).toBe(false);
    expect(missing).toEqual([
      'legalBasis',
      'contentElements',
      'timeLimit',
      'mode',
      'channels',
      'audience',
      'levels',
      'fiveOpenStages',
      'chainStages',
    ]);
    expect(score).toBeCloseTo(2 / standardElements.length);
  });

  it('a blank subject or name counts as missing', () => {
    const { missing } = standardCompleteness(
      completeStandard({ subject: '  ', name: { level1Name: '招生管理', level2Name: '' } }),
    );
    expect(missing).toEqual(['name', 'subject']);
  });

  it('a time limit needs both its wording and a machine rule', () => {
    expect(
      standardCompleteness(completeStandard({ timeLimit: { text: '20个工作日内', rules: [] } })).missing,
    ).toEqual(['timeLimit']);
    expect(
      standardCompleteness(completeStandard({ timeLimit: { text: '', rules: [{ type: 'timely' }] } }))
        .missing,
    ).toEqual(['timeLimit']);
  });

  it('channels count only when at least one is required (■)', () => {
    const optionalOnly = completeStandard({ channels: [{ code: 'notice-board', required: false }] });
    expect(standardCompleteness(optionalOnly).missing).toEqual(['channels']);
  });

  it('the publication → interpretation → response chain must at least cover publication', () => {
    expect(standardCompleteness(completeStandard({ chainStages: ['interpretation'] })).missing).toEqual([
      'chainStages',
    ]);
    expect(standardCompleteness(completeStandard({ chainStages: ['publication'] })).complete).toBe(true);
  });
});
