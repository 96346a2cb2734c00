export interface Lazy<T> {
  get(): Promise<T>;
  /** The connect, if one was started (for shutdown). */
  started(): Promise<T> | undefined;
}

/** Connects on first use; a failed connect is forgotten, so the next call tries again. */
export const lazily = <T>(connect: () => Promise<T>): Lazy<T> => {
  let pending: Promise<T> | undefined;
  return {
    get: () => {
      pending ??= connect().catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
      return pending;
    },
    started: () => pending,
  };
};
