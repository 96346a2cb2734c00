import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandGateway, MessageStatus } from '@gongkai/api';
import { IntakePendingError } from '@gongkai/api';
import type { CommandEnvelope, CommandOutcome, WriteCore } from '@gongkai/command-handling';
import { deterministicUuid } from '@gongkai/command-handling';
import type { Actor, TenantDirectory } from '@gongkai/domain';
import { NATIONAL_TENANT } from '@gongkai/domain';
import type { IntakeEnvelope, IntakeStatus, SourceSystem } from '@gongkai/ingest';
import {
  Ingestor,
  IntakeClient,
  intakeKey,
  SourceRegistry,
  SourceRegistrySchema,
  intakeTopicSpecs,
  intakeTopics,
} from '@gongkai/ingest';
import type { Bus } from '@gongkai/messaging';
import type { Logger } from 'pino';
import type { PlatformConfig } from './config';
import type { PlatformStack } from './stack';

/** The platform's own senders: the API's mutations and the data-sharing bus bridge. */
export const API_SOURCE = 'gongkai-api';
export const BRIDGE_SOURCE = 'gongkai-bridge';

const isErrno = (error: unknown, code: string) => (error as { code?: unknown }).code === code;

/** The key the platform's own sources sign with: configured, else made once in the data folder. */
export const loadOrCreateIntakeKey = async (dataDir: string, configured?: string): Promise<string> => {
  if (configured) return configured;
  const directory = join(dataDir, 'keys');
  const path = join(directory, 'intake.key');
  await mkdir(directory, { recursive: true, mode: 0o700 });
  try {
    await writeFile(path, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
  }
  return (await readFile(path, 'utf8')).trim();
};

/** Tenant systems from a JSON file (`GONGKAI_SOURCES_FILE`), beside the platform's own sources. */
export const sourceRegistryFor = async (
  directory: TenantDirectory,
  intakeKey: string,
  sourcesFile?: string,
): Promise<SourceRegistry> => {
  // The platform's own senders act for anyone the API or the bridge let through; the domain's
  // authorization still decides what each actor may do.
  const everyone = [NATIONAL_TENANT];
  const own: SourceSystem[] = [
    { id: API_SOURCE, name: 'Gongkai GraphQL API', tenants: everyone, keys: [intakeKey] },
    { id: BRIDGE_SOURCE, name: '政务数据共享交换平台 bridge', tenants: everyone, keys: [intakeKey] },
  ];
  const configured = sourcesFile
    ? SourceRegistrySchema.parse(JSON.parse(await readFile(sourcesFile, 'utf8'))).sources
    : [];
  return new SourceRegistry([...own, ...configured], directory);
};

/** Pending messages the gateway remembers the tenant of (for intakeStatus); the oldest go first. */
const MAX_PENDING = 100_000;

/**
 * The API's gateway onto the intake: the envelope is sent as the API source and its outcome awaited;
 * the events of an acceptance are read back through the write core. The API's key (the caller's
 * tuple, see `idempotencyKey`) becomes the intake message id as its UUIDv5 (what the intake accepts).
 * `status` tells the latest outcome heard, else the first one the event store keeps (after a restart).
 */
export const createIntakeGateway = (
  client: IntakeClient,
  core: Pick<WriteCore, 'outcomeOf' | 'eventsOf'>,
): CommandGateway => {
  const idOf = (messageId: string) => deterministicUuid(messageId);
  const pendingTenants = new Map<string, string>();
  const decided = async (status: IntakeStatus): Promise<CommandOutcome | undefined> => {
    if (status.status === 'rejected') {
      const { code, reason, duplicate } = status;
      return { status: 'rejected', code, reason, duplicate };
    }
    if (status.status !== 'accepted') return undefined;
    const { streamId, revision, position, eventIds, duplicate } = status;
    const events = await core.eventsOf(streamId, revision, eventIds.length);
    return { status: 'accepted', streamId, revision, position, eventIds, events, duplicate };
  };
  return {
    async send(envelope: CommandEnvelope): Promise<CommandOutcome> {
      const { type, data } = envelope.command;
      const intake: IntakeEnvelope = {
        specVersion: 1,
        messageId: idOf(envelope.messageId),
        tenant: data.tenant,
        source: API_SOURCE,
        type,
        payload: data,
        actor: envelope.actor,
        occurredAt: envelope.occurredAt,
        ...(envelope.correlationId ? { correlationId: envelope.correlationId } : {}),
      };
      const outcome = await decided(await client.send(intake));
      if (outcome) return outcome;
      pendingTenants.set(intake.messageId, data.tenant);
      if (pendingTenants.size > MAX_PENDING) pendingTenants.delete(pendingTenants.keys().next().value!);
      throw new IntakePendingError(envelope.messageId);
    },
    async status(messageId: string, actor: Actor): Promise<MessageStatus> {
      const id = idOf(messageId);
      const heard = client.status(API_SOURCE, id);
      const outcome = await decided(heard);
      if (outcome && heard.status !== 'pending' && heard.status !== 'unknown')
        return { state: 'decided', tenant: heard.tenant, outcome };
      const recorded = await core.outcomeOf(intakeKey({ source: API_SOURCE, actor, messageId: id }));
      if (recorded) return { state: 'decided', ...recorded };
      const tenant = pendingTenants.get(id);
      return heard.status === 'pending' && tenant ? { state: 'pending', tenant } : { state: 'unknown' };
    },
  };
};

/** The ingestor on a bus: creates the intake topics, then decides every message into the event store. */
export const startIngestor = async (options: {
  stack: PlatformStack;
  bus: Bus;
  config: PlatformConfig;
  intakeKey: string;
  logger: Logger;
}): Promise<Ingestor> => {
  const { stack, bus, config, logger } = options;
  const topics = intakeTopics(config.intake.topicPrefix);
  await bus.ensureTopics(intakeTopicSpecs(config.intake.partitions, topics));
  const registry = await sourceRegistryFor(stack.directory, options.intakeKey, config.intake.sourcesFile);
  // Stage CPU on Kafka's batches of hundreds; on the embedded bus's batches of one it would cost more than it tells.
  const timeStages = config.intake.kafkaBrokers !== undefined;
  const ingestor = new Ingestor({ bus, core: stack.writeCore, registry, topics, logger, timeStages });
  await ingestor.start();
  return ingestor;
};

/** The API's side of the intake: a client sending as the API source, and the gateway on it. */
export const startIntakeGateway = async (options: {
  stack: PlatformStack;
  bus: Bus;
  intakeKey: string;
}): Promise<{ gateway: CommandGateway; client: IntakeClient }> => {
  const { intake } = options.stack.config;
  const topics = intakeTopics(intake.topicPrefix);
  await options.bus.ensureTopics(intakeTopicSpecs(intake.partitions, topics));
  const client = new IntakeClient({
    bus: options.bus,
    topics,
    source: { id: API_SOURCE, key: options.intakeKey },
    timeoutMs: intake.timeoutMs,
  });
  await client.start();
  return { client, gateway: createIntakeGateway(client, options.stack.writeCore) };
};
