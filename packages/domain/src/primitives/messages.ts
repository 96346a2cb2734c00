import type { z } from 'zod';

/** A map from message type to the zod schema of its data. */
export type SchemaMap = Record<string, z.ZodType>;

/** The discriminated union `{ type, data }` of every message in a schema map. */
export type MessageOf<S extends SchemaMap> = {
  [K in keyof S & string]: { type: K; data: z.output<S[K]> };
}[keyof S & string];

/** Narrow a message union to one type. */
export type MessageOfType<M extends { type: string }, T extends M['type']> = Extract<M, { type: T }>;
