import type {
  ConstDirectiveNode,
  GraphQLArgument,
  GraphQLDirective,
  GraphQLEnumValue,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
} from 'graphql';
import {
  DEFAULT_DEPRECATION_REASON,
  GraphQLString,
  Kind,
  astFromValue,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
  lexicographicSortSchema,
  print,
} from './graphqlJs';

// graphql-js's printSchema drops applied directives; `@public` changes who may read what, so the
// committed SDL must show it. Built-in directives are printed from their typed properties instead.
const BUILT_IN_DIRECTIVES = new Set(['deprecated', 'specifiedBy', 'oneOf', 'skip', 'include']);

interface Element {
  readonly description?: string | null | undefined;
  readonly astNode?: { readonly directives?: readonly ConstDirectiveNode[] } | null | undefined;
  readonly extensionASTNodes?: readonly { readonly directives?: readonly ConstDirectiveNode[] }[];
}

const describe = (element: Element, indent: string): string => {
  if (element.description == null) return '';
  const block = print({ kind: Kind.STRING, value: element.description, block: true });
  return `${indent}${block.replace(/\n/g, `\n${indent}`)}\n`;
};

const applied = (element: Element): string =>
  [element.astNode, ...(element.extensionASTNodes ?? [])]
    .flatMap((node) => node?.directives ?? [])
    .filter((directive) => !BUILT_IN_DIRECTIVES.has(directive.name.value))
    .map((directive) => ` ${print(directive)}`)
    .join('');

const deprecation = (reason: string | null | undefined): string => {
  if (reason == null) return '';
  if (reason === DEFAULT_DEPRECATION_REASON) return ' @deprecated';
  const literal = astFromValue(reason, GraphQLString);
  return literal == null ? ' @deprecated' : ` @deprecated(reason: ${print(literal)})`;
};

const defaultValue = (value: unknown, type: GraphQLInputType): string => {
  if (value === undefined) return '';
  const literal = astFromValue(value, type);
  return literal == null ? '' : ` = ${print(literal)}`;
};

const inputValue = (value: GraphQLArgument | GraphQLInputField, indent: string): string =>
  `${describe(value, indent)}${indent}${value.name}: ${String(value.type)}${defaultValue(value.defaultValue, value.type)}` +
  `${deprecation(value.deprecationReason)}${applied(value)}`;

const args = (values: readonly GraphQLArgument[], indent: string): string => {
  if (values.length === 0) return '';
  if (values.every((value) => value.description == null)) {
    return `(${values.map((value) => inputValue(value, '')).join(', ')})`;
  }
  return `(\n${values.map((value) => inputValue(value, `${indent}  `)).join('\n')}\n${indent})`;
};

const field = (value: GraphQLField<unknown, unknown>): string =>
  `${describe(value, '  ')}  ${value.name}${args(value.args, '  ')}: ${String(value.type)}` +
  `${deprecation(value.deprecationReason)}${applied(value)}`;

const enumValue = (value: GraphQLEnumValue): string =>
  `${describe(value, '  ')}  ${value.name}${deprecation(value.deprecationReason)}${applied(value)}`;

const block = (lines: readonly string[]): string => (lines.length === 0 ? '' : ` {\n${lines.join('\n')}\n}`);

const typeBody = (type: GraphQLNamedType): string => {
  if (isScalarType(type)) {
    const specifiedBy =
      type.specifiedByURL == null ? '' : ` @specifiedBy(url: ${JSON.stringify(type.specifiedByURL)})`;
    return `scalar ${type.name}${specifiedBy}${applied(type)}`;
  }
  if (isObjectType(type) || isInterfaceType(type)) {
    const keyword = isObjectType(type) ? 'type' : 'interface';
    const interfaces = type.getInterfaces();
    const implementsPart =
      interfaces.length === 0 ? '' : ` implements ${interfaces.map((i) => i.name).join(' & ')}`;
    return `${keyword} ${type.name}${implementsPart}${applied(type)}${block(Object.values(type.getFields()).map(field))}`;
  }
  if (isUnionType(type)) {
    const members = type.getTypes();
    return `union ${type.name}${applied(type)}${members.length === 0 ? '' : ` = ${members.map((m) => m.name).join(' | ')}`}`;
  }
  if (isEnumType(type)) return `enum ${type.name}${applied(type)}${block(type.getValues().map(enumValue))}`;
  if (isInputObjectType(type)) {
    const oneOf = (type as { isOneOf?: boolean }).isOneOf === true ? ' @oneOf' : '';
    const fields = Object.values(type.getFields()).map((value) => inputValue(value, '  '));
    return `input ${type.name}${oneOf}${applied(type)}${block(fields)}`;
  }
  return '';
};

const directiveDefinition = (directive: GraphQLDirective): string =>
  `${describe(directive, '')}directive @${directive.name}${args(directive.args, '')}` +
  `${directive.isRepeatable ? ' repeatable' : ''} on ${directive.locations.join(' | ')}`;

const schemaDefinition = (schema: GraphQLSchema): string => {
  const roots = [
    ['query', schema.getQueryType(), 'Query'],
    ['mutation', schema.getMutationType(), 'Mutation'],
    ['subscription', schema.getSubscriptionType(), 'Subscription'],
  ] as const;
  const conventional = roots.every(([, type, name]) => type == null || type.name === name);
  if (conventional && schema.description == null) return '';
  const lines = roots
    .filter(([, type]) => type != null)
    .map(([operation, type]) => `  ${operation}: ${type?.name}`);
  return `${describe(schema, '')}schema${block(lines)}`;
};

/**
 * The schema as SDL, sorted by name so that reordering type definitions is not drift, and with the
 * applied directives (`@public`) that graphql-js's printSchema leaves out. Commit its output and
 * compare it in CI.
 */
export const printSchemaSDL = (schema: GraphQLSchema): string => {
  const sorted = lexicographicSortSchema(schema);
  const directives = sorted.getDirectives().filter((directive) => !isSpecifiedDirective(directive));
  const types = Object.values(sorted.getTypeMap()).filter(
    (type) => !isSpecifiedScalarType(type) && !isIntrospectionType(type),
  );
  const parts = [
    schemaDefinition(sorted),
    ...directives.map(directiveDefinition),
    ...types.map((type) => `${describe(type, '')}${typeBody(type)}`),
  ];
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
};
