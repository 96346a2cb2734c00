import type { ValueNode } from 'graphql';
import { GraphQLError, GraphQLScalarType, Kind } from '../../graphql/graphqlJs';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const literalValue = (node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown => {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((value) => literalValue(value, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, literalValue(field.value, variables)]),
      );
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    case Kind.ENUM:
      return node.value;
  }
};

const parse = (value: unknown): Record<string, unknown> => {
  if (!isPlainObject(value)) throw new GraphQLError('A JSONObject is a JSON object, e.g. {"issues": []}.');
  return value;
};

/** Free-form JSON objects: event data in the audit trail, the details of a rejection. */
export const JSONObjectScalar = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONObject',
  description: 'A JSON object whose shape the field describes (event data, rejection details).',
  serialize: (value) => {
    if (!isPlainObject(value))
      throw new Error('A resolver returned a non-object where a JSONObject was expected.');
    return value;
  },
  parseValue: parse,
  parseLiteral: (node, variables) => parse(literalValue(node, variables)),
});
