import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IntakeEnvelope } from '@gongkai/ingest';
import {
  DEAD_LETTER_TOPIC,
  encodeIntakeMessage,
  INTAKE_TOPIC,
  IntakeOutcomeSchema,
  intakeTopicSpecs,
  OUTCOME_TOPIC,
  readIntakeMessage,
  SIGNATURE_HEADER,
  SourceRegistrySchema,
} from '@gongkai/ingest';
import { loadConfig } from '@gongkai/platform';
import { PUBLIC_EVENTS_TOPIC, REFERENCE_ITEMS_TOPIC } from '@gongkai/bridge';
import {
  CONTRACT_FILES,
  CONTRACTS_ROOT,
  GENERATE_CONTRACTS_COMMAND,
  generateContracts,
} from '../../scripts/generate-contracts';

type Json = Record<string, unknown>;

const committed = (path: string): Json =>
  JSON.parse(readFileSync(join(CONTRACTS_ROOT, path), 'utf8')) as Json;

// A small JSON Schema validator for the keywords the contracts use (no validator for draft 2020-12
// is installed: ajv 6 is eslint's and knows draft-07 at most). An unknown keyword fails the test, so
// a new keyword in the generated schemas cannot be silently ignored here.
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'format', 'x-aggregate', '$defs']);

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;

const resolvePointer = (root: Json, ref: string): Json => {
  if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/'))
    node = (node as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`Unresolved $ref ${ref}`);
  return node as Json;
};

// eslint-disable-next-line complexity -- one branch per keyword
const validate = (root: Json, schema: Json, value: unknown, path = '$'): string[] => {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const sub = argument as Json;
    const list = argument as unknown[];
    const text = argument as string;
    const n = argument as number;
    switch (keyword) {
      case '$ref':
        errors.push(...validate(root, resolvePointer(root, text), value, path));
        break;
      case 'type': {
        const actual = typeOf(value);
        const allowed = [argument].flat() as string[];
        if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number')))
          fail(`expected ${allowed.join('|')}, got ${actual}`);
        break;
      }
      case 'const':
        if (JSON.stringify(value) !== JSON.stringify(argument)) fail(`expected ${JSON.stringify(argument)}`);
        break;
      case 'enum':
        if (!list.some((option) => JSON.stringify(option) === JSON.stringify(value))) fail('not in enum');
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(text, 'u').test(value)) fail(`does not match ${text}`);
        break;
      case 'minLength':
      case 'maxLength':
        if (typeof value === 'string' && (keyword === 'minLength' ? value.length < n : value.length > n))
          fail(`${keyword} ${n}`);
        break;
      case 'minimum':
      case 'maximum':
        if (typeof value === 'number' && (keyword === 'minimum' ? value < n : value > n))
          fail(`${keyword} ${n}`);
        break;
      case 'minItems':
      case 'maxItems':
        if (Array.isArray(value) && (keyword === 'minItems' ? value.length < n : value.length > n))
          fail(`${keyword} ${n}`);
        break;
      case 'items':
        if (Array.isArray(value))
          value.forEach((item, index) => errors.push(...validate(root, sub, item, `${path}[${index}]`)));
        break;
      case 'required':
        if (typeOf(value) === 'object')
          for (const name of list as string[]) if (!(name in (value as Json))) fail(`missing ${name}`);
        break;
      case 'properties':
        if (typeOf(value) === 'object')
          for (const [name, property] of Object.entries(sub))
            if (name in (value as Json))
              errors.push(...validate(root, property as Json, (value as Json)[name], `${path}.${name}`));
        break;
      case 'propertyNames':
        if (typeOf(value) === 'object')
          for (const name of Object.keys(value as Json))
            errors.push(...validate(root, sub, name, `${path}{${name}}`));
        break;
      case 'additionalProperties':
        if (typeOf(value) === 'object')
          for (const [name, item] of Object.entries(value as Json)) {
            if (name in ((schema.properties ?? {}) as Json)) continue;
            if (argument === false) fail(`unexpected property ${name}`);
            else if (typeof argument === 'object')
              errors.push(...validate(root, sub, item, `${path}.${name}`));
          }
        break;
      case 'allOf':
        for (const branch of list as Json[]) errors.push(...validate(root, branch, value, path));
        break;
      case 'anyOf':
      case 'oneOf': {
        const passing = (list as Json[]).filter(
          (branch) => validate(root, branch, value, path).length === 0,
        ).length;
        if (keyword === 'anyOf' ? passing === 0 : passing !== 1)
          fail(`${keyword}: ${passing} branches match`);
        break;
      }
      case 'if': {
        const branch = validate(root, sub, value, path).length === 0 ? schema.then : schema.else;
        if (branch) errors.push(...validate(root, branch as Json, value, path));
        break;
      }
      case 'then':
      case 'else':
        break;
      default:
        throw new Error(`The test validator does not know the keyword ${keyword} (at ${path})`);
    }
  }
  return errors;
};

const envelopeSchema = () => committed(CONTRACT_FILES.intakeEnvelope);
const validateEnvelope = (value: unknown) => validate(envelopeSchema(), envelopeSchema(), value);

const draftEnvelope = (payload: Json = {}): IntakeEnvelope => ({
  specVersion: 1,
  messageId: '6b1d3e0a-1c1f-5a4e-9c0d-2f3b4a5c6d7e',
  tenant: '230102',
  source: 'daoli-oa',
  type: 'DraftCatalogueItem',
  payload: {
    itemId: 'edu-enrolment-scope',
    areaCode: 'compulsory-education',
    name: { level1Name: '招生管理', level2Name: '义务教育阶段招生入学' },
    source: 'public-service-list',
    draftedOn: '2017-09-20',
    ...payload,
  },
  actor: { id: 'zhang.wei', tier: 'county', tenant: '230102' },
  occurredAt: '2017-09-20T09:30:00+08:00',
});

describe('the bus contracts (contracts/)', () => {
  it('the committed files equal what the zod schemas generate', () => {
    const generated = generateContracts();
    const stale = generated.filter(({ path, content }) => {
      try {
        return readFileSync(join(CONTRACTS_ROOT, path), 'utf8') !== content;
      } catch {
        return true;
      }
    });
    const extra = readdirSync(CONTRACTS_ROOT).filter(
      (name) => name.endsWith('.json') && !generated.some((file) => file.path === name),
    );
    const drift = [
      ...stale.map((file) => `changed or missing: contracts/${file.path}`),
      ...extra.map((name) => `not generated: contracts/${name}`),
    ];
    expect(
      drift,
      `The contracts are out of date; run \`${GENERATE_CONTRACTS_COMMAND}\` and commit contracts/`,
    ).toEqual([]);
  });

  it('an envelope encoded by encodeIntakeMessage, which the intake reads, validates against the JSON Schema', () => {
    const message = encodeIntakeMessage(draftEnvelope(), 'a-source-key-of-at-least-32-characters!');
    expect(readIntakeMessage(message.value as Buffer).kind).toBe('command');
    expect(message.key).toBe('230102');
    expect(message.headers?.[SIGNATURE_HEADER]).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(validateEnvelope(JSON.parse((message.value as Buffer).toString('utf8')))).toEqual([]);
    expect(validateEnvelope(draftEnvelope({ tenant: '230102' }))).toEqual([]);
  });

  it('the JSON Schema refuses what the intake refuses: a payload not of its command type, a bad envelope', () => {
    const { draftedOn: _drafted, ...withoutDate } = draftEnvelope().payload;
    expect(validateEnvelope({ ...draftEnvelope(), payload: withoutDate })).toContain(
      '$.payload: missing draftedOn',
    );
    expect(validateEnvelope(draftEnvelope({ unknown: 1 }))).toContain(
      '$.payload: unexpected property unknown',
    );
    expect(validateEnvelope({ ...draftEnvelope(), type: 'PublishDisclosure' }).length).toBeGreaterThan(0);
    expect(validateEnvelope({ ...draftEnvelope(), tenant: '2301' }).length).toBeGreaterThan(0);
    const { actor: _actor, ...withoutActor } = draftEnvelope();
    expect(validateEnvelope(withoutActor)).toContain('$: missing actor');
  });

  it('an outcome the zod schema accepts validates against its JSON Schema', () => {
    const outcome = IntakeOutcomeSchema.parse({
      specVersion: 1,
      messageId: 'm-1',
      tenant: '230102',
      source: 'daoli-oa',
      status: 'rejected',
      code: 'STANDARD_INCOMPLETE',
      reason: 'Define the standard first',
      duplicate: true,
      decidedAt: '2026-11-28T04:00:00.000Z',
    });
    const schema = committed(CONTRACT_FILES.intakeOutcome);
    expect(validate(schema, schema, outcome)).toEqual([]);
    expect(validate(schema, schema, { ...outcome, status: 'pending' }).length).toBeGreaterThan(0);
  });

  it('the schemas use only keywords AsyncAPI schema objects (draft-07) share', () => {
    const newer =
      /"(prefixItems|\$dynamicRef|\$dynamicAnchor|unevaluatedProperties|unevaluatedItems|dependentSchemas|dependentRequired)"\s*:/;
    for (const path of Object.values(CONTRACT_FILES))
      expect(readFileSync(join(CONTRACTS_ROOT, path), 'utf8')).not.toMatch(newer);
  });

  it('the AsyncAPI document is a well-formed 3.0.0 document covering every topic', () => {
    const doc = committed(CONTRACT_FILES.asyncapi) as {
      asyncapi: string;
      info: { title: string; version: string; description: string };
      servers: Record<string, { host: string; protocol: string }>;
      channels: Record<
        string,
        { address: string; messages: Record<string, Json>; bindings: { kafka: Json } }
      >;
      operations: Record<
        string,
        { action: string; channel: { $ref: string }; messages: { $ref: string }[]; reply?: Json }
      >;
      components: {
        messages: Record<
          string,
          { payload: { $ref: string }; bindings: { kafka: { key: Json } }; headers?: Json }
        >;
      };
    };
    expect(Object.keys(doc).sort()).toEqual(
      ['asyncapi', 'channels', 'components', 'defaultContentType', 'info', 'operations', 'servers'].sort(),
    );
    expect(doc.asyncapi).toBe('3.0.0');
    expect(doc.info).toMatchObject({ title: 'Gongkai intake and data-sharing bus', version: '1.0.0' });
    expect(doc.info.description).toMatch(/政务数据共享交换平台/);
    expect(doc.servers.local).toMatchObject({ host: '127.0.0.1:9092', protocol: 'kafka' });
    for (const server of Object.values(doc.servers)) expect(server.host).not.toMatch(/^\w+:\/\//);

    const addresses = Object.values(doc.channels).map((channel) => channel.address);
    expect(addresses.sort()).toEqual(
      [INTAKE_TOPIC, OUTCOME_TOPIC, DEAD_LETTER_TOPIC, PUBLIC_EVENTS_TOPIC, REFERENCE_ITEMS_TOPIC].sort(),
    );
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const match of refs) {
      const ref = match.slice(8, -1);
      if (ref.startsWith('./')) expect(Object.values(CONTRACT_FILES)).toContain(ref.slice(2));
      else expect(() => resolvePointer(doc as unknown as Json, ref), ref).not.toThrow();
    }
    for (const channel of Object.values(doc.channels)) {
      expect(channel.bindings.kafka).toMatchObject({ topic: channel.address, bindingVersion: '0.5.0' });
      expect(channel.bindings.kafka.partitions).toBeGreaterThan(0);
    }
    for (const [id, operation] of Object.entries(doc.operations)) {
      expect(['send', 'receive'], id).toContain(operation.action);
      // AsyncAPI 3.0: an operation's messages are messages of its channel.
      for (const message of operation.messages)
        expect(message.$ref.startsWith(`${operation.channel.$ref}/messages/`)).toBe(true);
    }
    const actions = Object.fromEntries(
      Object.values(doc.operations).map((operation) => [
        doc.channels[operation.channel.$ref.split('/').pop()!]!.address,
        operation.action,
      ]),
    );
    expect(actions).toEqual({
      [INTAKE_TOPIC]: 'receive',
      [OUTCOME_TOPIC]: 'send',
      [DEAD_LETTER_TOPIC]: 'send',
      [PUBLIC_EVENTS_TOPIC]: 'send',
      [REFERENCE_ITEMS_TOPIC]: 'receive',
    });
    const { intakeEnvelope, publicEvent, ...others } = doc.components.messages;
    for (const message of [intakeEnvelope!, publicEvent!, ...Object.values(others)])
      expect(message.bindings.kafka.key).toMatchObject({ type: 'string' });
    expect(intakeEnvelope!.bindings.kafka.key).toMatchObject({ pattern: '^\\d{6}$' });
    expect(intakeEnvelope!.headers).toMatchObject({ required: [SIGNATURE_HEADER] });
    expect(publicEvent!.headers).toMatchObject({ required: ['content-type'] });
  });

  it('the AsyncAPI partition counts are those the platform creates (GONGKAI_INTAKE_PARTITIONS for every keyed topic)', () => {
    // Issue 14: the document said 6 for the public-events and reference topics; the platform creates 8.
    const doc = committed(CONTRACT_FILES.asyncapi) as {
      channels: Record<string, { address: string; bindings: { kafka: { partitions: number } } }>;
    };
    const partitions = loadConfig({}).intake.partitions;
    const created = new Map(intakeTopicSpecs(partitions).map((spec) => [spec.topic, spec.partitions]));
    for (const topic of [PUBLIC_EVENTS_TOPIC, REFERENCE_ITEMS_TOPIC]) created.set(topic, partitions);
    const documented = new Map(
      Object.values(doc.channels).map((channel) => [channel.address, channel.bindings.kafka.partitions]),
    );
    expect(documented).toEqual(created);
  });

  it('the sources file schema accepts what the platform reads and refuses what it refuses', () => {
    const schema = committed(CONTRACT_FILES.sources);
    const source = {
      id: 'daoli-oa',
      name: '道里区政务服务平台',
      tenants: ['230102'],
      keys: ['k'.repeat(32)],
    };
    const samples: unknown[] = [
      { sources: [source] },
      { sources: [] },
      { sources: [{ ...source, tenants: ['000000', '230000'], keys: ['k'.repeat(32), 'n'.repeat(40)] }] },
      { sources: [{ ...source, keys: ['k'.repeat(31)] }] },
      { sources: [{ ...source, keys: [] }] },
      { sources: [{ ...source, tenants: [] }] },
      { sources: [{ ...source, tenants: ['23010'] }] },
      { sources: [{ ...source, id: 'Daoli OA' }] },
      { sources: [{ ...source, name: '' }] },
      { sources: [{ ...source, extra: true }] },
      { sources: [source], extra: true },
      {},
    ];
    const verdicts = samples.map((sample) => ({
      jsonSchema: validate(schema, schema, sample).length === 0,
      platform: SourceRegistrySchema.safeParse(sample).success,
    }));
    expect(verdicts.map((verdict) => verdict.jsonSchema)).toEqual(
      verdicts.map((verdict) => verdict.platform),
    );
    expect(verdicts.filter((verdict) => verdict.platform)).toHaveLength(3);
  });
});
