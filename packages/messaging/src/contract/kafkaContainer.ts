/** The image `scripts/infra/kafka.sh` mirrors: same Kafka version, so both runs test the same broker. */
export const KAFKA_IMAGE = 'apache/kafka:4.4.0';

const CLIENT_PORT = 9092;
const BROKER_PORT = 19092;
const CONTROLLER_PORT = 29093;

/**
 * One combined broker/controller in KRaft mode, configured as infra/kafka/server.properties
 * configures the local broker. A Kafka client connects to whatever address the broker advertises,
 * so the client listener advertises the port the host maps, chosen before the container starts;
 * the broker's own traffic stays on an internal listener (the apache/kafka image's documented
 * single-node layout).
 */
export const kafkaContainerEnvironment = (host: string, hostPort: number): Record<string, string> => ({
  KAFKA_NODE_ID: '1',
  KAFKA_PROCESS_ROLES: 'broker,controller',
  KAFKA_LISTENERS: `CLIENT://:${CLIENT_PORT},BROKER://:${BROKER_PORT},CONTROLLER://:${CONTROLLER_PORT}`,
  KAFKA_ADVERTISED_LISTENERS: `CLIENT://${host}:${hostPort},BROKER://localhost:${BROKER_PORT}`,
  KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CLIENT:PLAINTEXT,BROKER:PLAINTEXT,CONTROLLER:PLAINTEXT',
  KAFKA_INTER_BROKER_LISTENER_NAME: 'BROKER',
  KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
  KAFKA_CONTROLLER_QUORUM_VOTERS: `1@localhost:${CONTROLLER_PORT}`,
  KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
  KAFKA_NUM_PARTITIONS: '8',
  KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
  KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS: '1',
  KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
  KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
  KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: '1',
  KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: '1',
  KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
});

const startKafkaContainer = async (image: string): Promise<string[]> => {
  const { GenericContainer, RandomPortGenerator, Wait, getContainerRuntimeClient } =
    await import('testcontainers');
  const { host } = (await getContainerRuntimeClient()).info.containerRuntime;
  const hostPort = await new RandomPortGenerator().generatePort();
  // No stop(): testcontainers' reaper removes the container when this process exits.
  await new GenericContainer(image)
    .withEnvironment(kafkaContainerEnvironment(host, hostPort))
    .withExposedPorts({ container: CLIENT_PORT, host: hostPort })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .withStartupTimeout(120_000)
    .start();
  return [`${host}:${hostPort}`];
};

// On globalThis rather than in a module variable: a test runner may evaluate this module once per
// spec file, and every suite of the process should share one broker.
const SHARED = Symbol.for('@gongkai/messaging/kafkaContainer');
type Shared = typeof globalThis & { [SHARED]?: Promise<string[]> };

/** The brokers of this process's Kafka container, started on the first call. */
export const kafkaContainerBrokers = (image: string = KAFKA_IMAGE): Promise<string[]> => {
  const shared = globalThis as Shared;
  shared[SHARED] ??= startKafkaContainer(image).catch((error: unknown) => {
    delete shared[SHARED];
    throw error;
  });
  return shared[SHARED];
};
