import { GraphQLError, GraphQLScalarType, Kind } from '../graphqlJs';

export const TENANT_CODE_SCALAR = 'TenantCode';
export const PUBLIC_DIRECTIVE = 'public';

const TENANT_CODE = /^\d{6}$/;
const DESCRIPTION = [
  'GB/T 2260 six-digit administrative division code identifying a tenant (000000: national).',
  "Arguments of this type are checked against the caller's tenant subtree before the resolver runs;",
  'object types with a `tenant: TenantCode!` field are checked before any of their fields is returned.',
].join('\n');
const INPUT_PROBLEM =
  'A TenantCode is a 6-digit GB/T 2260 division code such as "230100" (000000: national).';

const parse = (value: unknown): string => {
  // A GraphQLError (not a TypeError) so that the masker treats it as the client's mistake.
  if (typeof value !== 'string' || !TENANT_CODE.test(value)) throw new GraphQLError(INPUT_PROBLEM);
  return value;
};

/**
 * The type of every tenant code in the schema. The access guards find tenant arguments and
 * tenant-owned objects by this type, so typing a code as `TenantCode` is what scopes it.
 */
export const TenantCodeScalar = new GraphQLScalarType<string, string>({
  name: TENANT_CODE_SCALAR,
  description: DESCRIPTION,
  serialize: (value) => {
    if (typeof value !== 'string' || !TENANT_CODE.test(value)) {
      throw new Error(`A resolver returned ${typeof value} where a 6-digit TenantCode was expected.`);
    }
    return value;
  },
  parseValue: parse,
  parseLiteral: (node) => parse(node.kind === Kind.STRING ? node.value : undefined),
});

/** SDL that every Gongkai schema starts with (buildApp and createGongkaiSchema prepend it). */
export const accessTypeDefs = /* GraphQL */ `
"""
${DESCRIPTION}
"""
scalar TenantCode

"""
Opens what it marks. On a root field: callers without a token may use it. On a TenantCode argument
or input field: any tenant may be named. On an object type: objects of any tenant may be returned.
Everything not marked is limited to signed-in callers and their own tenant subtree.
"""
directive @public on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT
`;
