/** KAFKA_BROKERS: comma-separated `host:port` list; undefined when unset or empty. */
export const kafkaBrokersFrom = (env: NodeJS.ProcessEnv = process.env): string[] | undefined => {
  const brokers = (env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
  return brokers.length > 0 ? brokers : undefined;
};
