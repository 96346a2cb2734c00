import type { GraphQLSchema } from 'graphql';
import { getNamedType, isNonNullType, isObjectType } from '../../graphql/graphqlJs';

/**
 * A selection set of every field of an object type, nested all the way down (fields that need an
 * argument are left out): asking it of real data proves every field of a view resolves.
 */
export const selectAll = (schema: GraphQLSchema, typeName: string): string => {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const fields = Object.values(type.getFields()).filter((field) =>
    field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
  );
  const selections = fields.map((field) => {
    const named = getNamedType(field.type);
    return isObjectType(named) ? `${field.name} ${selectAll(schema, named.name)}` : field.name;
  });
  return `{ ${selections.join(' ')} }`;
};
