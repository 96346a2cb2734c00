export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Reads a view until the position it reflects reaches `position` (a mutation's
 * `CommandAccepted.position`), and returns that read. Projections follow the store asynchronously,
 * so a whole-flow test must never assume a view has caught up right after a write.
 */
export const waitForProjection = async <T>(
  read: () => Promise<T>,
  positionOf: (view: T) => number | undefined,
  position: number,
  { timeoutMs = 15_000, intervalMs = 20 }: WaitOptions = {},
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await read();
    // A document the projections have not written yet reads as null: not there yet, keep waiting.
    const reached = view == null ? undefined : positionOf(view);
    if (reached !== undefined && reached >= position) return view;
    if (Date.now() > deadline) {
      throw new Error(
        `the view still reflects position ${String(reached)} after ${timeoutMs} ms; waited for ${position}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
};
