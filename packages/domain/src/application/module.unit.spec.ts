import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testDirectory } from '../testing/context';
import { applicationCommandSchemas } from './commands';
import { applicationErrorCodes } from './errors';
import { applicationEventDescriptions, applicationEventSchemas } from './events';
import { disclosureApplicationDecider } from './decider';
import { applicationCommand } from './testing';

describe('the disclosure application decider module', () => {
  it('targets one stream per application of an office', () => {
    expect(
      disclosureApplicationDecider.route(
        applicationCommand('RecordFeePayment', { paidOn: '2021-03-01' }),
        testDirectory,
      ),
    ).toEqual({
      aggregate: 'disclosureApplication',
      consults: [],
      streamId: 'disclosureApplication-230102-A-2020-0001',
    });
  });

  it('lets only the county office itself issue each command', () => {
    for (const type of disclosureApplicationDecider.commandTypes) {
      const rule = disclosureApplicationDecider.policy({ type, data: { tenant: '230102' } });
      expect(rule('230102', testDirectory)).toEqual([{ tier: 'county', tenant: '230102' }]);
    }
  });

  it('describes every event and every command field', () => {
    expect(Object.keys(applicationEventDescriptions).sort()).toEqual(
      Object.keys(applicationEventSchemas).sort(),
    );
    expect(applicationErrorCodes.length).toBe(new Set(applicationErrorCodes).size);
  });

  it('every command and event schema converts to JSON Schema, as the contracts generator will need', () => {
    const schemas = [...Object.values(applicationCommandSchemas), ...Object.values(applicationEventSchemas)];
    for (const schema of schemas) {
      expect(z.toJSONSchema(schema, { target: 'draft-2020-12' })).toMatchObject({
        type: 'object',
        additionalProperties: false,
      });
    }
  });
});
