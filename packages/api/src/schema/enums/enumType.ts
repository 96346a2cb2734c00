/**
 * GraphQL enum values are SCREAMING_CASE; the domain's are kebab-case (`on-request`). One list
 * from the domain makes both the SDL and the resolver map, so a client writes `ON_REQUEST` and a
 * resolver sees `'on-request'`, and a value added to the domain shows up as SDL drift.
 */
export interface EnumType {
  readonly name: string;
  readonly typeDefs: string;
  /** GraphQL value → domain value, for the resolver map. */
  readonly values: Readonly<Record<string, string>>;
}

export const graphqlEnumValue = (value: string): string => value.replace(/-/g, '_').toUpperCase();

const block = (text: string, indent: string): string =>
  `${indent}"""\n${text
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n')}\n${indent}"""\n`;

export const enumType = (
  name: string,
  description: string,
  values: readonly string[],
  describeValue: (value: string) => string | undefined = () => undefined,
): EnumType => {
  const lines = values.map((value) => {
    const text = describeValue(value);
    return `${text === undefined ? '' : block(text, '  ')}  ${graphqlEnumValue(value)}`;
  });
  return {
    name,
    typeDefs: `${block(description, '')}enum ${name} {\n${lines.join('\n')}\n}\n`,
    values: Object.fromEntries(values.map((value) => [graphqlEnumValue(value), value])),
  };
};

/**
 * Lists every member of the union `T`, checked by the compiler: a member missing from `values`
 * (the domain added one) is a type error here, not a value GraphQL cannot serialize at run time.
 */
export const everyMemberOf =
  <T extends string>() =>
  <const L extends readonly T[]>(
    values: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L =>
    values;
