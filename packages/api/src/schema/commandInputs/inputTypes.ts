import { z } from 'zod';
import type { EnumType } from '../enums';
import { graphqlNames } from './graphqlNames';

/** One field of an input object type, as SDL. */
export interface InputField {
  name: string;
  /** A GraphQL type reference, e.g. `[String!]!`. */
  type: string;
  description?: string | undefined;
}

const describe = (description: string | undefined, indent: string): string =>
  description === undefined ? '' : `${indent}${JSON.stringify(description)}\n`;

/** `input Name { … }` with its description and its fields' descriptions. */
export const inputObjectSDL = (
  name: string,
  description: string | undefined,
  fields: readonly InputField[],
) =>
  `${describe(description, '')}input ${name} {\n${fields
    .map((field) => `${describe(field.description, '  ')}  ${field.name}: ${field.type}`)
    .join('\n')}\n}\n`;

const sameValues = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

type ObjectSchema = z.ZodObject;

const unwrapped = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodNullable
    ? (schema.unwrap() as z.ZodType)
    : schema;

// A field of an object type says what the field is; the type's own description is on the type.
const fieldDescription = (schema: z.ZodType): string | undefined => {
  const inner = unwrapped(schema);
  const ofType = inner instanceof z.ZodObject || inner instanceof z.ZodDiscriminatedUnion;
  return ofType && schema.description === inner.description ? undefined : schema.description;
};
type FieldSchemas = Readonly<Record<string, z.ZodType>>;

/** A boolean, or `z.literal(true)`: a Boolean whose other value the command's zod schema refuses. */
const isBoolean = (schema: z.ZodType): boolean =>
  schema instanceof z.ZodBoolean ||
  (schema instanceof z.ZodLiteral && [...schema.values].every((value) => typeof value === 'boolean'));

/**
 * Turns zod schemas into GraphQL input types: objects become input types named in `graphqlNames`,
 * enums the schema's enum with the same values, a discriminated union of objects one input type
 * with the discriminator required and every other field optional. A schema it cannot translate is
 * an error naming its path, never a silent `String`.
 */
export class InputTypeBuilder {
  readonly #enums: readonly EnumType[];
  readonly #types = new Map<string, string>();

  constructor(enums: readonly EnumType[]) {
    this.#enums = enums;
  }

  /** Every input object type built so far, as SDL. */
  typeDefs(): string[] {
    return [...this.#types.values()];
  }

  /** Adds an input object type with these fields (a second definition must be the same). */
  define(name: string, description: string | undefined, fields: readonly InputField[]): string {
    const sdl = inputObjectSDL(name, description, fields);
    const existing = this.#types.get(name);
    if (existing !== undefined && existing !== sdl) {
      throw new Error(`Two zod schemas make the GraphQL input ${name} differently:\n${existing}\n${sdl}`);
    }
    this.#types.set(name, sdl);
    return name;
  }

  /** The fields of an object schema (`path` names it in errors). */
  fields(shape: FieldSchemas, path: string): InputField[] {
    return Object.entries(shape).map(([name, schema]) => ({
      name,
      type: this.typeOf(schema, `${path}.${name}`),
      description: fieldDescription(schema),
    }));
  }

  /** The GraphQL type reference of a field: optional and nullable fields may be left out. */
  typeOf(schema: z.ZodType, path: string): string {
    const inner = unwrapped(schema);
    return inner === schema ? `${this.#named(schema, path)}!` : this.#named(inner, path);
  }

  #named(schema: z.ZodType, path: string): string {
    const entry = graphqlNames.get(schema);
    if (schema instanceof z.ZodObject) return this.#object(schema, entry?.name, entry?.description, path);
    if (schema instanceof z.ZodDiscriminatedUnion)
      return this.#union(schema, entry?.name, entry?.description, path);
    if (entry !== undefined) return entry.name;
    if (schema instanceof z.ZodArray) return `[${this.typeOf(schema.element as z.ZodType, `${path}[]`)}]`;
    if (schema instanceof z.ZodEnum) return this.#enum(schema.options.map(String), path);
    if (schema instanceof z.ZodUnion) return this.#scalarUnion(schema.options as readonly z.ZodType[], path);
    if (schema.type === 'string') return 'String';
    if (schema instanceof z.ZodNumber) return schema.isInt ? 'Int' : 'Float';
    if (isBoolean(schema)) return 'Boolean';
    throw new Error(`${path}: no GraphQL input type for a zod ${schema.type}`);
  }

  #enum(values: readonly string[], path: string): string {
    const matches = this.#enums.filter((type) => sameValues(Object.values(type.values), values));
    if (matches.length !== 1) {
      throw new Error(
        `${path}: ${matches.length === 0 ? 'no' : 'more than one'} GraphQL enum has the values ${values.join(', ')}`,
      );
    }
    return matches[0]!.name;
  }

  #object(schema: ObjectSchema, name: string | undefined, description: string | undefined, path: string) {
    if (name === undefined) throw new Error(`${path}: name this object's GraphQL input in graphqlNames`);
    return this.define(name, description ?? schema.description, this.fields(schema.shape, name));
  }

  // GraphQL has no input unions: one input with the discriminator and the fields of every member.
  #union(
    schema: z.ZodDiscriminatedUnion,
    name: string | undefined,
    description: string | undefined,
    path: string,
  ): string {
    if (name === undefined) throw new Error(`${path}: name this union's GraphQL input in graphqlNames`);
    const members = schema.options as readonly ObjectSchema[];
    const { discriminator } = schema.def;
    const tags = members.flatMap((member) =>
      [...(member.shape[discriminator] as z.ZodLiteral).values].map(String),
    );
    const fields = new Map<string, InputField>([
      [discriminator, { name: discriminator, type: `${this.#enum(tags, `${name}.${discriminator}`)}!` }],
    ]);
    for (const member of members) {
      const { [discriminator]: _tag, ...shape } = member.shape;
      for (const field of this.fields(shape, name)) {
        const optional = { ...field, type: field.type.replace(/!$/, '') };
        const seen = fields.get(field.name);
        if (seen !== undefined && seen.type !== optional.type) {
          throw new Error(`${name}.${field.name}: the union's members give it different types`);
        }
        fields.set(field.name, optional);
      }
    }
    return this.define(name, description ?? schema.description, [...fields.values()]);
  }

  // A union of strings is a String (a date or a yearly MM-DD); of one scalar, that scalar.
  #scalarUnion(options: readonly z.ZodType[], path: string): string {
    if (options.every((option) => option.type === 'string')) return 'String';
    const types = new Set(options.map((option) => this.#named(option, path)));
    if (types.size !== 1)
      throw new Error(`${path}: a union of ${[...types].join(', ')} has no GraphQL input type`);
    return [...types][0]!;
  }
}
