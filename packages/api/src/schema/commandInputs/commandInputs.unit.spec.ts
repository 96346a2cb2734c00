import { readFileSync } from 'node:fs';
import type { GraphQLInputType, GraphQLNamedType, GraphQLSchema } from 'graphql';
import { commandSchemas, commandTypes, domainTesting } from '@gongkai/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SCHEMA_FILE } from '../../../scripts/schemaFile';
import {
  buildSchema,
  coerceInputValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from '../../graphql/graphqlJs';
import { enumTypes, graphqlEnumValue } from '../enums';
import { buildGongkaiSchema } from '../gongkaiSchema';
import { commandMutations, inputExtensions } from './commandMutations';
import { InputTypeBuilder } from './inputTypes';

const served = buildGongkaiSchema();
const committed = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

const unwrap = (schema: z.ZodType) =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodNullable
    ? (schema.unwrap() as z.ZodType)
    : schema;

const SCALARS: Readonly<Record<string, readonly string[]>> = {
  string: ['String', 'ID', 'TenantCode', 'Date'],
  number: ['Int', 'Float'],
  boolean: ['Boolean'],
  // `z.literal(true)` (an approval the command requires)
  literal: ['Boolean'],
};

/**
 * Walks a zod schema and a GraphQL input type side by side (independently of the generator): the
 * same fields, each required exactly when zod requires it, lists for arrays, the same enum values,
 * a scalar of the same kind. Returns every mismatch as `path: what`.
 */
const mismatches = (schema: z.ZodType, type: GraphQLInputType, path: string): string[] => {
  const inner = unwrap(schema);
  if ((inner === schema) !== isNonNullType(type)) return [`${path}: required in one, optional in the other`];
  const named = isNonNullType(type) ? type.ofType : type;
  if (inner instanceof z.ZodArray) {
    return isListType(named)
      ? mismatches(inner.element as z.ZodType, named.ofType, `${path}[]`)
      : [`${path}: an array in zod, not a list in GraphQL`];
  }
  if (inner instanceof z.ZodObject) return objectMismatches(inner.shape, getNamedType(named), path);
  if (inner instanceof z.ZodDiscriminatedUnion) return [];
  if (inner instanceof z.ZodEnum) {
    const values = isEnumType(named) ? named.getValues().map((value) => value.name) : [];
    return [...values].sort().join() ===
      inner.options
        .map((option) => graphqlEnumValue(String(option)))
        .sort()
        .join()
      ? []
      : [`${path}: enum values ${inner.options.join(', ')} vs ${String(named)}`];
  }
  const kind = inner instanceof z.ZodUnion ? 'string' : inner.type;
  if (inner instanceof z.ZodNumber && (String(named) === 'Int') !== inner.isInt)
    return [`${path}: Int vs Float`];
  return SCALARS[kind]?.includes(String(named)) ? [] : [`${path}: zod ${kind} is GraphQL ${String(named)}`];
};

const objectMismatches = (
  shape: Readonly<Record<string, z.ZodType>>,
  type: GraphQLNamedType,
  path: string,
  extraFields: readonly string[] = [],
): string[] => {
  if (!isInputObjectType(type)) return [`${path}: an object in zod, ${type.name} in GraphQL`];
  const fields = type.getFields();
  const onlyGraphql = Object.keys(fields).filter((name) => !(name in shape) && !extraFields.includes(name));
  return [
    ...Object.keys(shape)
      .filter((name) => !(name in fields))
      .map((name) => `${path}.${name}: in the command, not in ${type.name}`),
    ...onlyGraphql.map((name) => `${path}.${name}: in ${type.name}, not in the command`),
    ...Object.entries(shape)
      .filter(([name]) => name in fields)
      .flatMap(([name, field]) => mismatches(field, fields[name]!.type, `${path}.${name}`)),
  ];
};

const commandMismatches = (schema: GraphQLSchema) =>
  commandMutations.flatMap(({ commandType, mutation, input, serverFields }) => {
    const field = schema.getMutationType()?.getFields()[mutation];
    const inputArg = field?.args.find((arg) => arg.name === 'input');
    if (inputArg === undefined || String(inputArg.type) !== `${input}!`)
      return [`${mutation}: no ${input}! input`];
    const { shape } = commandSchemas[commandType] as z.ZodObject;
    const sent = Object.fromEntries(Object.entries(shape).filter(([name]) => !serverFields.includes(name)));
    const extra = (inputExtensions[commandType]?.fields ?? []).map((extension) => extension.name);
    return objectMismatches(sent, getNamedType(inputArg.type), commandType, extra);
  });

/** A domain value as a GraphQL variable: enum values in SCREAMING_CASE, guided by the input type. */
const asVariable = (value: unknown, type: GraphQLInputType): unknown => {
  const named = isNonNullType(type) ? type.ofType : type;
  if (value === undefined || value === null) return value;
  if (isListType(named)) return (value as unknown[]).map((item) => asVariable(item, named.ofType));
  if (isEnumType(named) && typeof value === 'string') return graphqlEnumValue(value);
  if (isInputObjectType(named)) {
    const fields = named.getFields();
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [key, asVariable(field, fields[key]!.type)]),
    );
  }
  return value;
};

describe('GraphQL command inputs, generated from the registry', () => {
  it('every command is one mutation, and every mutation one command', () => {
    expect(Object.keys(served.getMutationType()?.getFields() ?? {}).sort()).toEqual(
      commandMutations.map((command) => command.mutation).sort(),
    );
    expect(commandMutations.map((command) => command.commandType).sort()).toEqual([...commandTypes].sort());
  });

  it('the served schema: no field in a command and not in its input, or the other way round', () => {
    expect(commandMismatches(served)).toEqual([]);
  });

  it('the committed SDL (schema.graphql) agrees with the zod command schemas, field by field', () => {
    expect(commandMismatches(committed)).toEqual([]);
  });

  it('finds a field the SDL lost, one it gained, and one whose optionality changed', () => {
    const sdl = readFileSync(SCHEMA_FILE, 'utf8')
      .replace('  documentNumber: String\n  filedOn: Date!', '  filedOn: Date!\n  filedBy: String')
      .replace('  completedOn: Date!\n', '  completedOn: Date\n');
    expect(commandMismatches(buildSchema(sdl))).toEqual([
      'FileImplementationPlan.documentNumber: in the command, not in FileImplementationPlanInput',
      'FileImplementationPlan.filedBy: in FileImplementationPlanInput, not in the command',
      'CompletePilot.completedOn: required in one, optional in the other',
    ]);
  });

  it('leaves out only the fields the server fills in, and adds only the declared extensions', () => {
    const compile = committed.getType('CompileNationalReportInput');
    expect(isInputObjectType(compile) && Object.keys(compile.getFields()).sort()).toEqual([
      'asOf',
      'compiledOn',
      'reportId',
      'tenant',
      'title',
    ]);
  });

  it('every command of the domain story, sent as GraphQL input, arrives as the same command data', () => {
    for (const command of domainTesting.commandStory()) {
      const { input, serverFields } = commandMutations.find(
        (mutation) => mutation.commandType === command.type,
      )!;
      const type = served.getType(input);
      if (!isInputObjectType(type)) throw new Error(`${input} is not an input type`);
      const data = Object.fromEntries(
        Object.entries(command.data).filter(([name]) => !serverFields.includes(name)),
      );
      expect(coerceInputValue(asVariable(data, type), type), command.type).toEqual(data);
    }
  });

  it('an object the schema has no name for, or an enum it lacks, is an error naming the path', () => {
    const builder = new InputTypeBuilder(enumTypes);
    expect(() => builder.fields({ nested: z.object({ a: z.string() }) }, 'Probe')).toThrow(
      'Probe.nested: name this object',
    );
    expect(() => builder.fields({ colour: z.enum(['red', 'green']) }, 'Probe')).toThrow(
      'Probe.colour: no GraphQL enum has the values red, green',
    );
  });

  it('a field added to a command schema appears in its input', () => {
    const builder = new InputTypeBuilder(enumTypes);
    const fields = builder.fields(
      { tenant: z.string(), note: z.string().optional().describe('Why.') },
      'Probe',
    );
    expect(fields).toEqual([
      { name: 'tenant', type: 'String!', description: undefined },
      { name: 'note', type: 'String', description: 'Why.' },
    ]);
  });
});
