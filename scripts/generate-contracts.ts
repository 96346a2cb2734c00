// The bus contracts for integrators: JSON Schemas of every message and an AsyncAPI 3.0 document of
// every topic, generated from the zod schemas that validate them. Written to contracts/ (committed);
// test/contracts/contracts.int.spec.ts regenerates them in memory and fails on drift.
// Run: pnpm contracts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CLOUD_EVENTS_JSON,
  PUBLIC_EVENTS_TOPIC,
  PublicCloudEventSchema,
  REFERENCE_ITEMS_TOPIC,
  ReferenceItemMessageSchema,
  withAllowListTables,
} from '../packages/bridge/src/index';
import type { CommandType } from '../packages/domain/src/index';
import { aggregateOfCommand, commandSchemas, commandTypes } from '../packages/domain/src/index';
import {
  DEAD_LETTER_TOPIC,
  DeadLetterSchema,
  INGEST_GROUP,
  INTAKE_TOPIC,
  IntakeEnvelopeSchema,
  intakeTopicSpecs,
  IntakeOutcomeSchema,
  MAX_ENVELOPE_BYTES,
  OUTCOME_TOPIC,
  SIGNATURE_HEADER,
  SourceRegistrySchema,
} from '../packages/ingest/src/index';

export interface ContractFile {
  /** Relative to `contracts/`. */
  path: string;
  content: string;
}

/** Regenerate the committed files with this command. */
export const GENERATE_CONTRACTS_COMMAND = 'pnpm contracts';

export const CONTRACTS_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'contracts');

/** The bridge's README: its allow-list tables are generated with the contracts. */
export const BRIDGE_README = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'packages',
  'bridge',
  'README.md',
);

export const CONTRACT_FILES = {
  intakeEnvelope: 'intake-envelope.v1.schema.json',
  intakeOutcome: 'intake-outcome.v1.schema.json',
  deadLetter: 'dead-letter.v1.schema.json',
  publicEvent: 'public-event.v1.schema.json',
  referenceItem: 'reference-item.v1.schema.json',
  sources: 'sources.v1.schema.json',
  asyncapi: 'asyncapi.json',
} as const;

/** The platform's default of GONGKAI_INTAKE_PARTITIONS (packages/platform/src/config.ts). */
const INTAKE_PARTITIONS = 8;
const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const KAFKA_BINDING_VERSION = '0.5.0';

type Json = Record<string, unknown>;

interface Convertible {
  toJSONSchema(params: { target: 'draft-2020-12'; io: 'input' | 'output' }): object;
}

/**
 * zod v4's JSON Schema (draft 2020-12), as the domain's generator makes it, without `$schema`.
 * `input`: what a sender may send (for messages others write); `output`: what the platform writes.
 */
const jsonSchemaOf = (schema: Convertible, io: 'input' | 'output'): Json => {
  const { $schema: _dialect, ...rest } = JSON.parse(
    JSON.stringify(schema.toJSONSchema({ target: 'draft-2020-12', io })),
  ) as Json;
  return rest;
};

const file = (path: string, document: Json): ContractFile => ({
  path,
  content: `${JSON.stringify(document, null, 2)}\n`,
});

const contractSchema = (id: string, title: string, description: string, body: Json): Json => ({
  $schema: DIALECT,
  $id: `urn:gongkai:contract:${id}`,
  title,
  description,
  ...body,
});

/** A command's payload: the command's data as the domain validates it; `tenant` may be left out. */
const payloadSchema = (type: CommandType): Json => {
  const schema = jsonSchemaOf(commandSchemas[type], 'input');
  if (JSON.stringify(schema).includes('"$ref"') || '$defs' in schema)
    throw new Error(`The payload schema of ${type} has references: embed them before generating`);
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = (schema.required ?? []) as string[];
  return {
    title: `${type} payload`,
    'x-aggregate': aggregateOfCommand[type],
    ...schema,
    properties: {
      ...properties,
      ...(properties.tenant && {
        tenant: {
          ...properties.tenant,
          description:
            "May be left out: the envelope's tenant is used. When present it must equal the envelope's tenant (else TENANT_MISMATCH).",
        },
      }),
    },
    required: required.filter((name) => name !== 'tenant'),
  };
};

/**
 * The envelope with its payload checked per command type: one `if`/`then` per type (ajv reports the
 * errors of the matching type only, where a `oneOf` would report every branch).
 */
const intakeEnvelopeSchema = (): Json =>
  contractSchema(
    'intake-envelope:v1',
    'Gongkai intake envelope v1',
    `One command for the platform, sent to ${INTAKE_TOPIC} as UTF-8 JSON of at most ${MAX_ENVELOPE_BYTES} bytes (larger: dead letter ENVELOPE_TOO_LARGE, unread), keyed by the tenant code, signed in the ${SIGNATURE_HEADER} header.`,
    {
      ...jsonSchemaOf(IntakeEnvelopeSchema, 'input'),
      allOf: commandTypes.map((type) => ({
        if: { properties: { type: { const: type } }, required: ['type'] },
        then: { properties: { payload: { $ref: `#/$defs/${type}` } } },
      })),
      $defs: Object.fromEntries(commandTypes.map((type) => [type, payloadSchema(type)])),
    },
  );

const messageSchemas = (): ContractFile[] => [
  file(CONTRACT_FILES.intakeEnvelope, intakeEnvelopeSchema()),
  file(
    CONTRACT_FILES.intakeOutcome,
    contractSchema(
      'intake-outcome:v1',
      'Gongkai intake outcome v1',
      `What became of one intake message, on ${OUTCOME_TOPIC}: exactly one outcome per message id, repeated as is when the message is delivered or sent again (then duplicate is true).`,
      jsonSchemaOf(IntakeOutcomeSchema, 'output'),
    ),
  ),
  file(
    CONTRACT_FILES.deadLetter,
    contractSchema(
      'dead-letter:v1',
      'Gongkai intake dead letter v1',
      `An intake message that could not be read as a command, on ${DEAD_LETTER_TOPIC}: the reason, where the original is, its size and SHA-256, and a bounded prefix of its bytes (a dead letter always fits on the topic).`,
      jsonSchemaOf(DeadLetterSchema, 'output'),
    ),
  ),
  file(
    CONTRACT_FILES.publicEvent,
    contractSchema(
      'public-event:v1',
      'Gongkai public event v1 (CloudEvents 1.0, structured JSON)',
      `A public event of the platform on ${PUBLIC_EVENTS_TOPIC}: one variant per public event type, only allow-listed fields in data.`,
      jsonSchemaOf(PublicCloudEventSchema, 'output'),
    ),
  ),
  file(
    CONTRACT_FILES.referenceItem,
    contractSchema(
      'reference-item:v1',
      'Gongkai reference item v1 (权责清单 / 公共服务事项清单)',
      `An item of a tenant's 权责清单 or 公共服务事项清单 sent by the province on ${REFERENCE_ITEMS_TOPIC}; unknown fields are ignored.`,
      jsonSchemaOf(ReferenceItemMessageSchema, 'input'),
    ),
  ),
  file(
    CONTRACT_FILES.sources,
    contractSchema(
      'sources:v1',
      'Gongkai sources file v1 (GONGKAI_SOURCES_FILE)',
      'The tenant systems that may send to the intake: for each, its id, who runs it, the tenants it may act for and the keys it signs with. Read once when the ingestor starts.',
      jsonSchemaOf(SourceRegistrySchema, 'input'),
    ),
  ),
];

const TENANT_KEY = {
  type: 'string',
  pattern: '^\\d{6}$',
  description:
    "The tenant code (GB/T 2260 division code): one tenant's messages share one partition and stay in order.",
};

const kafkaMessage = (key: Json) => ({ kafka: { key, bindingVersion: KAFKA_BINDING_VERSION } });

const kafkaChannel = (topic: string, partitions: number) => ({
  kafka: { topic, partitions, bindingVersion: KAFKA_BINDING_VERSION },
});

const PREFIX_NOTE =
  'The address is the topic name; an environment prefix (GONGKAI_TOPIC_PREFIX, e.g. `staging.`) is put in front of it when set.';

const channel = (address: string, partitions: number, description: string, message: string) => ({
  address,
  description: `${description} ${PREFIX_NOTE}`,
  messages: { [message]: { $ref: `#/components/messages/${message}` } },
  bindings: kafkaChannel(address, partitions),
});

const operation = (
  action: 'send' | 'receive',
  channelName: string,
  message: string,
  summary: string,
  extra: Json = {},
) => ({
  action,
  channel: { $ref: `#/channels/${channelName}` },
  summary,
  messages: [{ $ref: `#/channels/${channelName}/messages/${message}` }],
  ...extra,
});

const [, , deadLetterSpec] = intakeTopicSpecs(INTAKE_PARTITIONS);

function asyncApiDocument(): Json {
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Gongkai intake and data-sharing bus',
      version: '1.0.0',
      description: [
        'The Kafka topics of Gongkai (公开), the platform of the grassroots government-affairs disclosure standardization pilot (基层政务公开标准化规范化试点).',
        '',
        "- **intake**: tenant systems (a county's OA or 政务服务 system, registered as a source) send commands as signed intake envelopes; the platform answers each on **outcomes** (accepted or rejected) and puts messages it cannot read on **dead letters**.",
        '- **public events**: the platform publishes its public events as CloudEvents 1.0 for the provincial data-sharing bus (政务数据共享交换平台).',
        '- **reference items**: the province sends the items of the 权责清单 (power-and-responsibility list) and the 公共服务事项清单 (public-service list); each becomes a catalogue item draft of its county (tenant, 租户).',
        '',
        "Operations are described from the platform's side: a tenant system does the mirror image (it sends to intake and receives outcomes). Every message is keyed by the tenant code, so a tenant's messages stay in order. Delivery is at least once: deduplicate on the message id (intake) or the CloudEvent id (public events).",
      ].join('\n'),
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description: 'The development broker started by `pnpm infra:up`.',
      },
    },
    channels: {
      intake: channel(
        INTAKE_TOPIC,
        INTAKE_PARTITIONS,
        `Commands for the platform, at most ${MAX_ENVELOPE_BYTES} bytes each. Key: the envelope's tenant (else rejected, INTAKE_KEY_MISMATCH), partitioned with Kafka's murmur2 (librdkafka clients: partitioner=murmur2_random). Partitions: ${INTAKE_PARTITIONS} by default (GONGKAI_INTAKE_PARTITIONS).`,
        'intakeEnvelope',
      ),
      outcomes: channel(
        OUTCOME_TOPIC,
        INTAKE_PARTITIONS,
        'One outcome per intake message id, keyed by the tenant; partitions as the intake.',
        'intakeOutcome',
      ),
      deadLetters: channel(
        DEAD_LETTER_TOPIC,
        deadLetterSpec!.partitions,
        'Intake messages that could not be read as a command, keyed as received.',
        'deadLetter',
      ),
      publicEvents: channel(
        PUBLIC_EVENTS_TOPIC,
        INTAKE_PARTITIONS,
        'Public events as CloudEvents 1.0 (structured mode, JSON), keyed by the tenant; partitions as the intake (GONGKAI_INTAKE_PARTITIONS) when the platform creates the topic.',
        'publicEvent',
      ),
      referenceItems: channel(
        REFERENCE_ITEMS_TOPIC,
        INTAKE_PARTITIONS,
        'Items of the 权责清单 and the 公共服务事项清单, keyed by the tenant; partitions as the intake (GONGKAI_INTAKE_PARTITIONS) when the platform creates the topic.',
        'referenceItem',
      ),
    },
    operations: {
      receiveIntake: operation(
        'receive',
        'intake',
        'intakeEnvelope',
        "The platform's ingestors read the commands tenant systems send (tenant systems: send).",
        {
          bindings: {
            kafka: {
              groupId: {
                type: 'string',
                const: INGEST_GROUP,
                description: 'Under the topic prefix when one is set.',
              },
              bindingVersion: KAFKA_BINDING_VERSION,
            },
          },
          reply: {
            channel: { $ref: '#/channels/outcomes' },
            messages: [{ $ref: '#/channels/outcomes/messages/intakeOutcome' }],
          },
        },
      ),
      sendOutcome: operation(
        'send',
        'outcomes',
        'intakeOutcome',
        'The platform answers each intake message id (tenant systems: receive).',
      ),
      sendDeadLetter: operation(
        'send',
        'deadLetters',
        'deadLetter',
        'The platform sets aside the intake messages it cannot read.',
      ),
      sendPublicEvent: operation(
        'send',
        'publicEvents',
        'publicEvent',
        'The relay publishes public events for the data-sharing bus (subscribers: receive).',
      ),
      receiveReferenceItem: operation(
        'receive',
        'referenceItems',
        'referenceItem',
        'The bridge reads the reference items the province sends (the province: send).',
      ),
    },
    components: { messages: messages() },
  };
}

function messages(): Json {
  const correlation = {
    description: 'The message id: the outcome of a message carries the id of the envelope it answers.',
    location: '$message.payload#/messageId',
  };
  return {
    intakeEnvelope: {
      name: 'IntakeEnvelope',
      title: 'Intake envelope v1',
      contentType: 'application/json',
      headers: {
        type: 'object',
        required: [SIGNATURE_HEADER],
        properties: {
          [SIGNATURE_HEADER]: {
            type: 'string',
            pattern: '^sha256=[0-9a-f]{64}$',
            description: "sha256=<hex HMAC-SHA256 of the message value bytes with the source system's key>.",
          },
        },
      },
      payload: { $ref: `./${CONTRACT_FILES.intakeEnvelope}` },
      correlationId: correlation,
      bindings: kafkaMessage(TENANT_KEY),
    },
    intakeOutcome: {
      name: 'IntakeOutcome',
      title: 'Intake outcome v1',
      contentType: 'application/json',
      payload: { $ref: `./${CONTRACT_FILES.intakeOutcome}` },
      correlationId: correlation,
      bindings: kafkaMessage(TENANT_KEY),
    },
    deadLetter: {
      name: 'DeadLetter',
      title: 'Intake dead letter v1',
      contentType: 'application/json',
      payload: { $ref: `./${CONTRACT_FILES.deadLetter}` },
      bindings: kafkaMessage({
        type: 'string',
        description: "The original message's key as received (normally the tenant code; may be absent).",
      }),
    },
    publicEvent: {
      name: 'PublicEvent',
      title: 'Public event v1 (CloudEvents 1.0)',
      contentType: CLOUD_EVENTS_JSON,
      headers: {
        type: 'object',
        required: ['content-type'],
        properties: { 'content-type': { type: 'string', const: CLOUD_EVENTS_JSON } },
      },
      payload: { $ref: `./${CONTRACT_FILES.publicEvent}` },
      bindings: kafkaMessage({
        ...TENANT_KEY,
        description: `${TENANT_KEY.description} Equals partitionkey.`,
      }),
    },
    referenceItem: {
      name: 'ReferenceItem',
      title: 'Reference item v1',
      contentType: 'application/json',
      payload: { $ref: `./${CONTRACT_FILES.referenceItem}` },
      bindings: kafkaMessage(TENANT_KEY),
    },
  };
}

/** Every contract file, in a stable order, generated from the zod schemas and topic constants. */
export const generateContracts = (): ContractFile[] => [
  ...messageSchemas(),
  file(CONTRACT_FILES.asyncapi, asyncApiDocument()),
];

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const files = generateContracts();
  for (const { path, content } of files) {
    const target = join(CONTRACTS_ROOT, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  console.log(`Wrote ${files.length} contract files to ${CONTRACTS_ROOT}`);
  // Prettier pads the table; the drift test compares cells, so either layout passes it.
  const prettier = await import('prettier');
  const readme = withAllowListTables(readFileSync(BRIDGE_README, 'utf8'));
  const options = await prettier.resolveConfig(BRIDGE_README);
  writeFileSync(BRIDGE_README, await prettier.format(readme, { ...options, filepath: BRIDGE_README }));
  console.log(`Wrote the allow-list tables of ${BRIDGE_README}`);
}
