import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import type { DomainError } from '../errors';
import { catalogueItemLifecycleEventSchemas } from '../catalogue/item/events';
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

  describe("the standard's text fields follow the one text rule in commands (events stay as recorded)", () => {
    const standardCommands = {
      DefineStandard: (standard: unknown) => ({
        type: 'DefineStandard',
        data: { tenant: '230102', itemId: 'i-1', standard, definedOn: '2018-07-01' },
      }),
      ReviseStandard: (standard: unknown) => ({
        type: 'ReviseStandard',
        data: { tenant: '230102', itemId: 'i-1', standard, reason: '调整', revisedOn: '2018-07-01' },
      }),
    };
    const base = completeStandard();
    // One field per part of the standard: [path under data.standard, the standard with `bad` there].
    const fields: [string, (bad: string) => unknown][] = [
      ['name.level1Name', (bad) => ({ ...base, name: { ...base.name, level1Name: bad } })],
      ['legalBasis[0].title', (bad) => ({ ...base, legalBasis: [{ title: bad }] })],
      ['legalBasis[0].docNo', (bad) => ({ ...base, legalBasis: [{ title: '条例', docNo: bad }] })],
      ['contentElements[0].name', (bad) => ({ ...base, contentElements: [{ name: bad, required: true }] })],
      ['subject', (bad) => ({ ...base, subject: bad })],
      ['timeLimit.text', (bad) => ({ ...base, timeLimit: { ...base.timeLimit, text: bad } })],
      [
        'channels[0].label',
        (bad) => ({ ...base, channels: [{ code: 'other', required: true, label: bad }] }),
      ],
      ['audienceNote', (bad) => ({ ...base, audienceNote: bad })],
    ];
    // Blank is refused where the field must say something (a drafted standard may leave the others empty).
    const mustSaySomething = new Set(['legalBasis[0].title', 'contentElements[0].name', 'channels[0].label']);

    for (const [type, command] of Object.entries(standardCommands))
      it(`${type} refuses whitespace-only, control, lone-surrogate and bidi text with the field's path`, () => {
        expect(parseCommand(command(base)).type).toBe(type);
        for (const [path, withBad] of fields) {
          const bads = [
            '文\u0007字',
            '文\udc00字',
            '文\u202e字',
            ...(mustSaySomething.has(path) ? ['   '] : []),
          ];
          for (const bad of bads) {
            const error = rejection(command(withBad(bad)));
            expect(error.code, `${path} = ${JSON.stringify(bad)}`).toBe('INVALID_COMMAND');
            expect(error.details?.issues).toEqual([
              expect.stringMatching(new RegExp(`^data\\.standard\\.${path.replace(/[.[\]]/g, '\\$&')}: `)),
            ]);
          }
        }
      });

    it('DraftCatalogueItem refuses the same in its names', () => {
      for (const bad of ['   ', '文\u0007字', '文\udc00字', '文\u202e字']) {
        const error = rejection({
          type: 'DraftCatalogueItem',
          data: {
            tenant: '230102',
            itemId: 'i-1',
            areaCode: 'education',
            name: { level1Name: '教育', level2Name: bad },
            source: 'other',
            draftedOn: '2018-07-01',
          },
        });
        expect(error.details?.issues).toEqual([expect.stringMatching(/^data\.name\.level2Name: /)]);
      }
    });

    it('a stored StandardDefined event with such text still parses', () => {
      const standard = { ...base, subject: '文\u202e字', legalBasis: [{ title: '   ' }] };
      const event = catalogueItemLifecycleEventSchemas.StandardDefined.parse({
        itemId: 'i-1',
        version: 1,
        standard,
        definedOn: '2018-07-01',
      });
      expect(event.standard).toEqual(standard);
    });
  });
});
