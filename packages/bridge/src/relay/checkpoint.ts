import { CheckpointRegressedError } from '../errors';

/**
 * Where a relay keeps the position of the last event it handed to the bus. `save` must be durable
 * when it resolves: the relay saves only after the bus acknowledged the publish, so after a crash
 * it starts again at the last acknowledged page (at least once, never a gap).
 */
export interface RelayCheckpoint {
  /** The last position published; 0 before the first. */
  load(): Promise<number>;
  /** Durable once resolved; RELAY_CHECKPOINT_REGRESSED for a position below the stored one. */
  save(position: number): Promise<void>;
  close(): Promise<void>;
}

/** A checkpoint that dies with the process (tests, and a relay that may republish everything). */
export const createInMemoryCheckpoint = (initial = 0, name = 'in-memory'): RelayCheckpoint => {
  let stored = initial;
  return {
    load: () => Promise.resolve(stored),
    save: (position) => {
      if (position < stored) return Promise.reject(new CheckpointRegressedError(name, stored, position));
      stored = position;
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
};
