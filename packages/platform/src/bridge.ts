import { join } from 'node:path';
import type { DraftEnvelope, Relay, RelayCheckpoint } from '@gongkai/bridge';
import type { ReadModelStore } from '@gongkai/projections';
import {
  CheckpointRegressedError,
  createReferenceIntake,
  createRelay,
  openSqliteCheckpoint,
  pilotAreasFromEventStore,
  PUBLIC_EVENTS_TOPIC,
  REFERENCE_ITEMS_TOPIC,
} from '@gongkai/bridge';
import type { IntakeEnvelope } from '@gongkai/ingest';
import { encodeIntakeMessage, intakeTopics } from '@gongkai/ingest';
import type { Bus, Subscription } from '@gongkai/messaging';
import type { Logger } from 'pino';
import type { PlatformStack } from './stack';
import { BRIDGE_SOURCE } from './intake';

/** The relay's checkpoint name beside the projectors' in a shared read-model store. */
const RELAY_CHECKPOINT = 'relay.public-events';

/**
 * With shared read models (MongoDB) the relay keeps its position there, so a relay process keeps
 * nothing on its own disk and may be rescheduled anywhere.
 */
const readModelCheckpoint = (store: ReadModelStore, name: string): RelayCheckpoint => ({
  load: () => store.getCheckpoint(name),
  async save(position) {
    const stored = await store.getCheckpoint(name);
    if (position < stored) throw new CheckpointRegressedError(name, stored, position);
    await store.transaction(name, (unit) => unit.setCheckpoint(position));
  },
  close: () => Promise.resolve(),
});

export interface RunningBridge {
  relay: Relay;
  close(): Promise<void>;
}

/** A draft of the bridge as the intake envelope the bridge source sends. */
const toIntakeEnvelope = (draft: DraftEnvelope): IntakeEnvelope => ({
  specVersion: 1,
  messageId: draft.messageId,
  tenant: draft.command.data.tenant,
  source: BRIDGE_SOURCE,
  type: draft.command.type,
  payload: draft.command.data,
  actor: draft.actor,
  occurredAt: draft.occurredAt,
});

/**
 * The bridge to the provincial data-sharing bus: the relay publishes the public events from the
 * store's checkpoint onward; reference items (权责清单, 公共服务事项清单) arriving on the reference
 * topic become drafts sent through the intake like every other write.
 */
export const startBridge = async (options: {
  stack: PlatformStack;
  bus: Bus;
  intakeKey: string;
  logger: Logger;
  /** False for a process that only relays (`gongkai relay` without the inbound side is not offered). */
  inbound?: boolean;
}): Promise<RunningBridge> => {
  const { stack, bus, logger } = options;
  const { topicPrefix, partitions } = stack.config.intake;
  const intakeTopic = intakeTopics(topicPrefix).intake;
  const publicTopic = `${topicPrefix}${PUBLIC_EVENTS_TOPIC}`;
  const referenceTopic = `${topicPrefix}${REFERENCE_ITEMS_TOPIC}`;
  await bus.ensureTopics([
    { topic: publicTopic, partitions },
    { topic: referenceTopic, partitions },
  ]);
  const checkpoint = stack.config.mongodb
    ? readModelCheckpoint(stack.readModelStore, RELAY_CHECKPOINT)
    : openSqliteCheckpoint({ fileName: join(stack.config.dataDir, 'relay-checkpoint.sqlite') });
  const relay = createRelay({
    eventStore: stack.eventStore,
    bus,
    checkpoint,
    topic: publicTopic,
    onError: (error, attempt) => logger.warn({ err: error, attempt }, 'relay page failed; trying again'),
  });
  await relay.start();
  let reference: Subscription | undefined;
  if (options.inbound !== false) {
    const intake = createReferenceIntake({
      send: (draft) =>
        bus.publish(intakeTopic, [encodeIntakeMessage(toIntakeEnvelope(draft), options.intakeKey)]),
      deadLetter: ({ code, reason, message }) =>
        logger.warn(
          { code, reason, topic: message.topic, partition: message.partition, offset: message.offset },
          'reference item not drafted',
        ),
      pilotAreasOf: pilotAreasFromEventStore(stack.eventStore),
      areas: stack.seed.areas,
    });
    reference = await bus.subscribe({
      groupId: `${topicPrefix}gongkai-bridge-reference`,
      topics: [referenceTopic],
      fromBeginning: true,
      handleBatch: (batch) => intake.handleBatch(batch),
    });
  }
  return {
    relay,
    async close() {
      await reference?.stop();
      await relay.stop();
      await checkpoint.close();
    },
  };
};
