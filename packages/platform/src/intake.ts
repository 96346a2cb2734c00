import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandGateway, GatewayStatus } from '@gongkai/api';
import { IntakePendingError } from '@gongkai/api';
import type { CommandEnvelope, CommandOutcome } from '@gongkai/command-handling';
import { BatchCommandHandler, deterministicUuid } from '@gongkai/command-handling';
import type { TenantDirectory } from '@gongkai/domain';
import { DomainError, NATIONAL_TENANT, officialWorkingDayCalendar, upcastEvent } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';
import type { IntakeEnvelope, IntakeStatus, SourceSystem } from '@gongkai/ingest';
import {
  Ingestor,
  IntakeClient,
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

const eventsOf = async (store: EventStore, streamId: string, revision: number, count: number) => {
  const events = [];
  for await (const recorded of store.readStream(streamId, {
    fromRevision: revision - count + 1,
    maxCount: count,
  }))
    events.push(upcastEvent(recorded.type, recorded.schemaVersion, recorded.data));
  return events;
};

/**
 * The API's gateway onto the intake: the envelope is sent as the API source and its outcome awaited.
 * The API's scoped message id becomes a UUID (what the intake accepts, whatever a client chose).
 */
/** Pending messages the gateway remembers the tenant of (for intakeStatus); the oldest go first. */
const MAX_PENDING = 100_000;

export const createIntakeGateway = (client: IntakeClient, eventStore: EventStore): CommandGateway => {
  const idOf = (messageId: string) => deterministicUuid(`${API_SOURCE}:${messageId}`);
  const toStatus = (status: IntakeStatus, tenant?: string): GatewayStatus => {
    if (status.status === 'unknown') return { state: 'unknown' };
    if (status.status === 'pending') return tenant ? { state: 'pending', tenant } : { state: 'unknown' };
    if (status.status === 'rejected')
      return { state: 'rejected', tenant: status.tenant, code: status.code, reason: status.reason };
    const { streamId, revision, position, eventIds, duplicate } = status;
    return {
      state: 'accepted',
      tenant: status.tenant,
      outcome: { streamId, revision, position, eventIds, duplicate },
    };
  };
  const pendingTenants = new Map<string, string>();
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
      const status = await client.send(intake);
      if (status.status === 'accepted') {
        const { streamId, revision, position, eventIds, duplicate } = status;
        const events = await eventsOf(eventStore, streamId, revision, eventIds.length);
        return { streamId, revision, position, eventIds, duplicate, events };
      }
      if (status.status === 'rejected') throw new DomainError(status.code, status.reason);
      pendingTenants.set(intake.messageId, data.tenant);
      if (pendingTenants.size > MAX_PENDING) pendingTenants.delete(pendingTenants.keys().next().value!);
      throw new IntakePendingError(envelope.messageId);
    },
    status(messageId: string): Promise<GatewayStatus> {
      const id = idOf(messageId);
      return Promise.resolve(toStatus(client.status(API_SOURCE, id), pendingTenants.get(id)));
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
  const handler = new BatchCommandHandler({
    eventStore: stack.eventStore,
    directory: stack.directory,
    calendar: officialWorkingDayCalendar,
  });
  const registry = await sourceRegistryFor(stack.directory, options.intakeKey, config.intake.sourcesFile);
  // Stage CPU on Kafka's batches of hundreds; on the embedded bus's batches of one it would cost more than it tells.
  const timeStages = config.intake.kafkaBrokers !== undefined;
  const ingestor = new Ingestor({ bus, handler, registry, topics, logger, timeStages });
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
  return { client, gateway: createIntakeGateway(client, options.stack.eventStore) };
};
