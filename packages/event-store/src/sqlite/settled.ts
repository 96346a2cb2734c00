/** A rejected promise for whatever a synchronous call threw (always an Error). */
export const rejected = (error: unknown): Promise<never> =>
  Promise.reject(error instanceof Error ? error : new Error(String(error)));
