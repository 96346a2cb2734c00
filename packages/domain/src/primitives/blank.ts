/** True for strings with nothing but whitespace. */
export const isBlank = (text: string | null | undefined): boolean => !text || text.trim().length === 0;
