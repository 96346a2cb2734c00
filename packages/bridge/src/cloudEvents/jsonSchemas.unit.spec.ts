import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ReferenceItemMessageSchema } from '../reference';
import { publicEventRules } from './allowList';
import { PublicCloudEventSchema } from './publicCloudEventSchema';

// The lead generates the AsyncAPI document from these: they must convert without loss.
describe('the exported message schemas', () => {
  it('convert to JSON Schema (draft 2020-12) for the AsyncAPI document', () => {
    const cloudEvent = z.toJSONSchema(PublicCloudEventSchema, { target: 'draft-2020-12' });
    expect(
      (cloudEvent as { oneOf?: unknown[]; anyOf?: unknown[] }).oneOf ??
        (cloudEvent as { anyOf?: unknown[] }).anyOf,
    ).toHaveLength(Object.keys(publicEventRules).length);
    const reference = z.toJSONSchema(ReferenceItemMessageSchema, { target: 'draft-2020-12', io: 'input' });
    expect(reference).toMatchObject({ required: ['specVersion', 'listKind', 'tenant', 'listCode', 'name'] });
  });

  it('say, for each public type, that the actor is not part of the message', () => {
    const json = JSON.stringify(z.toJSONSchema(PublicCloudEventSchema));
    expect(json).not.toMatch(/"actor"|"correlationId"|"comment"|"evaluator"|"findings"|"concern"/);
  });
});
