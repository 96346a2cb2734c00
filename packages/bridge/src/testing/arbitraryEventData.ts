import type { DomainEventType } from '@gongkai/domain';
import { eventCatalogue } from '@gongkai/domain';
import { z } from 'zod';

/** A JSON Schema node as zod writes it (only the keywords the generator reads). */
export interface SchemaNode {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  minimum?: number;
}

/** Small seeded PRNG (mulberry32): a failing case can be replayed from its seed. */
export { seededRandom } from '@gongkai/testkit';

const schemaNodes = new Map<DomainEventType, SchemaNode>();

/** The JSON Schema of an event type's current data (computed once per type). */
export const schemaNodeOf = (type: DomainEventType): SchemaNode => {
  let node = schemaNodes.get(type);
  if (node === undefined) {
    node = z.toJSONSchema(eventCatalogue[type].schema, {
      io: 'output',
      unrepresentable: 'any',
    }) as SchemaNode;
    schemaNodes.set(type, node);
  }
  return node;
};

/** Every string leaf says where it came from, so a test can tell which field reached the output. */
export const marker = (path: string): string => `«${path}»`;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

const arbitraryOption = (options: SchemaNode[], path: string, random: () => number): unknown => {
  const nonNull = options.filter((option) => option.type !== 'null');
  return nonNull.length < options.length && random() >= 0.75
    ? null
    : arbitraryFromSchema(pick(nonNull, random), path, random);
};

const arbitraryObject = (node: SchemaNode, path: string, random: () => number): unknown => {
  const required = new Set(node.required ?? []);
  return Object.fromEntries(
    Object.entries(node.properties ?? {})
      .filter(([name]) => required.has(name) || random() < 0.7)
      .map(([name, child]) => [name, arbitraryFromSchema(child, `${path}.${name}`, random)]),
  );
};

/**
 * Data of the shape of an event's schema (not necessarily valid: strings are markers of their
 * path), every optional field present with probability 0.7 and every nullable one non-null with 0.75.
 */
export const arbitraryFromSchema = (node: SchemaNode, path: string, random: () => number): unknown => {
  if ('const' in node) return node.const;
  if (node.enum) return pick(node.enum, random);
  const options = node.anyOf ?? node.oneOf;
  if (options) return arbitraryOption(options, path, random);
  switch (node.type) {
    case 'object':
      return arbitraryObject(node, path, random);
    case 'array':
      return Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
        arbitraryFromSchema(node.items ?? {}, `${path}[]`, random),
      );
    case 'integer':
      return (node.minimum ?? 0) + Math.floor(random() * 50);
    case 'number':
      return (node.minimum ?? 0) + random() * 4;
    case 'boolean':
      return random() < 0.5;
    case 'null':
      return null;
    default:
      return marker(path);
  }
};

/** Fields a careless schema change could add: they must never reach the public topic. */
export const smuggledFields = {
  actorId: marker('smuggled.actorId'),
  actorName: marker('smuggled.actorName'),
  comment: marker('smuggled.comment'),
  phone: marker('smuggled.phone'),
  internalNote: marker('smuggled.internalNote'),
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds the smuggled fields to the data and to every object nested in it. */
export const withSmuggledFields = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withSmuggledFields);
  if (!isRecord(value)) return value;
  return {
    ...Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withSmuggledFields(child)])),
    ...smuggledFields,
  };
};

/** Every string leaf of a value with its path (array indices as `[]`). */
export const stringLeaves = (value: unknown, path = ''): { path: string; value: string }[] => {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item) => stringLeaves(item, `${path}[]`));
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, child]) => stringLeaves(child, `${path}.${key}`));
  }
  return [];
};
