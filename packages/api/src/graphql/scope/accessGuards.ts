import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLInputType,
  GraphQLIsTypeOfFn,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
} from 'graphql';
import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from '../graphqlJs';
import { findAccessProblems } from './accessProblems';
import { isMarkedPublic, isTenantOwned } from './markers';
import { TENANT_CODE_SCALAR } from './tenantCode';
import type { TenantScope } from './tenantScope';

const guardedSchemas = new WeakSet<GraphQLSchema>();
const guardedFunctions = new WeakSet<object>();

const scopeOf = (context: unknown): TenantScope => {
  const scope = (context as { scope?: TenantScope } | null | undefined)?.scope;
  if (scope === undefined) {
    throw new Error(
      'context.scope is missing: run Gongkai schemas through buildApp, or put createTenantScope() in the context.',
    );
  }
  return scope;
};

/** Whether an input type can carry a tenant code anywhere (lists, nested input objects). */
const carriesTenantCode = (type: GraphQLInputType, seen = new Set<string>()): boolean => {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === TENANT_CODE_SCALAR;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some(
    (field) => !isMarkedPublic(field) && carriesTenantCode(field.type, seen),
  );
};

const collectTenantCodes = (value: unknown, type: GraphQLInputType, into: string[]): void => {
  if (value === null || value === undefined) return;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    for (const item of Array.isArray(value) ? value : [value])
      collectTenantCodes(item, nullable.ofType, into);
  } else if (isScalarType(nullable)) {
    // Anything but a string here is refused by the scope as "not a 6-digit code": fail closed.
    if (nullable.name === TENANT_CODE_SCALAR) into.push(typeof value === 'string' ? value : '');
  } else if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      if (!isMarkedPublic(field))
        collectTenantCodes((value as Record<string, unknown>)[field.name], field.type, into);
    }
  }
};

type Check = (args: Record<string, unknown>, context: unknown) => void;

const checkFor = (field: GraphQLField<unknown, unknown>, isRoot: boolean): Check | undefined => {
  const tenantArgs: readonly GraphQLArgument[] = field.args.filter(
    (arg) => !isMarkedPublic(arg) && carriesTenantCode(arg.type),
  );
  const requiresSignIn = isRoot && !isMarkedPublic(field);
  if (!requiresSignIn && tenantArgs.length === 0) return undefined;
  return (args, context) => {
    const scope = scopeOf(context);
    if (requiresSignIn) scope.requireAuthenticated();
    for (const arg of tenantArgs) {
      const codes: string[] = [];
      collectTenantCodes(args[arg.name], arg.type, codes);
      for (const code of codes) scope.assertCanRead(code);
    }
  };
};

const guarded = (
  resolver: GraphQLFieldResolver<unknown, unknown>,
  check: Check,
): GraphQLFieldResolver<unknown, unknown> => {
  if (guardedFunctions.has(resolver)) return resolver;
  const wrapped: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
    check(args as Record<string, unknown>, context);
    return resolver(source, args, context, info);
  };
  guardedFunctions.add(wrapped);
  return wrapped;
};

const guardFields = (type: GraphQLObjectType, isRoot: boolean): void => {
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    const check = checkFor(field, isRoot);
    if (check === undefined) continue;
    field.resolve = guarded(field.resolve ?? defaultFieldResolver, check);
    if (field.subscribe !== undefined) field.subscribe = guarded(field.subscribe, check);
  }
};

// `isTypeOf` runs once per object before any of its fields resolves, wherever the object comes
// from (a list, a nested field, an interface): the one place an owner check cannot be bypassed.
const guardOwner = (type: GraphQLObjectType): void => {
  const original = type.isTypeOf as GraphQLIsTypeOfFn<unknown, unknown> | null | undefined;
  if (original != null && guardedFunctions.has(original)) return;
  const isTypeOf: GraphQLIsTypeOfFn<unknown, unknown> = (source, context, info) => {
    const tenant = (source as { tenant?: unknown } | null | undefined)?.tenant;
    if (typeof tenant !== 'string') {
      throw new Error(
        `A ${type.name} was resolved from an object without a string \`tenant\`; read models must carry it.`,
      );
    }
    scopeOf(context).assertCanRead(tenant);
    return original == null ? true : original(source, context, info);
  };
  guardedFunctions.add(isTypeOf);
  type.isTypeOf = isTypeOf;
};

/**
 * Makes tenancy part of the schema's types, so no resolver has to remember it:
 * - root fields refuse anonymous callers (`UNAUTHENTICATED`) unless marked `@public`;
 * - every argument of type `TenantCode` (also inside lists and input objects) is checked against
 *   the principal's subtree before the resolver runs (`TENANT_FORBIDDEN`), unless marked `@public`;
 * - every object of a type with `tenant: TenantCode!` is checked before it is returned, so a list
 *   resolver that forgot `scope.readableFilter()` fails loudly instead of leaking.
 * Refuses (throws) a schema that types a tenant code as String/ID or misuses `@public`. Wraps the
 * resolvers in place and is idempotent.
 */
export const applyAccessGuards = (schema: GraphQLSchema): GraphQLSchema => {
  if (guardedSchemas.has(schema)) return schema;
  const problems = findAccessProblems(schema);
  if (problems.length > 0) {
    throw new Error(
      `The schema would leave tenant data unguarded:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const roots = new Set<GraphQLNamedType | null | undefined>([
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    guardFields(type, roots.has(type));
    if (isTenantOwned(type)) guardOwner(type);
  }
  guardedSchemas.add(schema);
  return schema;
};
