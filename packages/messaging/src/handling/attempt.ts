/** Runs `work` and turns a synchronous throw into a rejected promise, as an async port promises. */
export const attempt = <T>(work: () => T): Promise<T> => {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};
