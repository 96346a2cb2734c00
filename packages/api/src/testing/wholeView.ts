import { readFileSync } from 'node:fs';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema, getNamedType, isCompositeType, isObjectType } from '../graphql/graphqlJs';

/** The committed SDL (packages/api/schema.graphql; a drift test keeps it equal to the served schema). */
export const committedSchema = (): GraphQLSchema =>
  buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

/** Every field of a type, nested objects expanded, as a selection set (fields with required arguments left out). */
const everyField = (type: GraphQLObjectType, depth = 0): string => {
  const fields = Object.values(type.getFields()).filter(
    (field) => !field.args.some((arg) => arg.type.toString().endsWith('!')),
  );
  return `{ ${fields
    .map((field) => {
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) return field.name;
      if (!isObjectType(named) || depth > 8) return '';
      return `${field.name} ${everyField(named, depth + 1)}`;
    })
    .join(' ')} }`;
};

/**
 * A whole view: the query field `name` with `args` (e.g. `code: "230102"`, `asOf: { … }`) and
 * every field under it, as a client reading all of it would ask.
 */
export const wholeViewField = (schema: GraphQLSchema, name: string, args = ''): string => {
  const field = schema.getQueryType()?.getFields()[name];
  if (field === undefined) throw new Error(`no query field ${name}`);
  return `${name}${args === '' ? '' : `(${args})`} ${everyField(getNamedType(field.type) as GraphQLObjectType)}`;
};

/** The selection of every field of an object type (e.g. a connection), as `wholeViewField` expands it. */
export const everyFieldOf = (schema: GraphQLSchema, typeName: string): string =>
  everyField(schema.getType(typeName) as GraphQLObjectType);
