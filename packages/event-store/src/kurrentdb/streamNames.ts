/**
 * A store's streams on the server are `${namespace}${streamId}`: several stores (a test each, or
 * several environments) can share one KurrentDB without seeing each other's streams. The default
 * namespace is empty: stream ids are stream names.
 */
export interface StreamNames {
  readonly namespace: string;
  toName(streamId: string): string;
  /** The port's stream id of a server stream name, or undefined when the stream is not this store's. */
  toId(streamName: string): string | undefined;
}

export const streamNames = (namespace = ''): StreamNames => {
  if (namespace.startsWith('$'))
    throw new Error(
      `namespace ${JSON.stringify(namespace)} starts with '$', which KurrentDB reserves for system streams`,
    );
  return {
    namespace,
    toName: (streamId) => namespace + streamId,
    toId: (streamName) => {
      if (!streamName.startsWith(namespace) || streamName.startsWith('$')) return undefined;
      return streamName.slice(namespace.length);
    },
  };
};
