import { hasCode } from './hasCode';

export const RELAY_CHECKPOINT_REGRESSED = 'RELAY_CHECKPOINT_REGRESSED';

/**
 * A relay tried to move its checkpoint backwards: another relay shares the checkpoint (two relays
 * with one name), which would make both publish from stale positions.
 */
export class CheckpointRegressedError extends Error {
  readonly code = RELAY_CHECKPOINT_REGRESSED;

  constructor(
    readonly checkpoint: string,
    readonly stored: number,
    readonly attempted: number,
  ) {
    super(
      `Checkpoint ${JSON.stringify(checkpoint)} is at ${stored}; refusing to move it back to ${attempted}. ` +
        'Run one relay per checkpoint name (give each relay its own name or file).',
    );
    this.name = 'CheckpointRegressedError';
  }
}

export const isCheckpointRegressedError = (error: unknown): error is CheckpointRegressedError =>
  hasCode(error, RELAY_CHECKPOINT_REGRESSED);
