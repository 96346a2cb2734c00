/** A command kept losing the race for its stream; the client may retry later. */
export class CommandRetriesExhaustedError extends Error {
  readonly code = 'COMMAND_RETRIES_EXHAUSTED';
  constructor(
    readonly streamId: string,
    readonly attempts: number,
  ) {
    super(
      `Stream ${streamId} kept changing while the command was decided (${attempts} attempts); send the command again.`,
    );
    this.name = 'CommandRetriesExhaustedError';
  }
}

export const isCommandRetriesExhaustedError = (error: unknown): error is CommandRetriesExhaustedError =>
  error instanceof CommandRetriesExhaustedError;
