/** Guards compare the stable code, not the class, so they hold across duplicated package copies. */
export const hasCode = (error: unknown, code: string): boolean =>
  error instanceof Error && (error as Error & { code?: unknown }).code === code;
