import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLIsTypeOfFn,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  SelectionSetNode,
} from 'graphql';
import {
  Kind,
  getArgumentValues,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from '../graphqlJs';

/**
 * A query's selection over plain view objects, compiled once per document: which response keys to
 * write, from which properties, serialized how. Completing a value with it does what graphql-js
 * does for fields with the default resolver (aliases, fragments, `__typename`, lists, non-null,
 * leaf serialization, each object's `isTypeOf`, where the tenancy guard lives) and for fields whose
 * resolver takes arguments (coerced from the query and its variables, as graphql-js coerces them,
 * e.g. a connection's `first` and `after`) without its per-field bookkeeping. Anything it does not model is refused when compiling (`undefined`), and
 * anything unusual met while completing throws `Unplanned`: the caller then runs the standard
 * executor, which gives the canonical answer (and its errors).
 */
export type OutputPlan =
  | { readonly kind: 'nonNull'; readonly of: OutputPlan }
  | { readonly kind: 'list'; readonly of: OutputPlan }
  | { readonly kind: 'leaf'; readonly serialize: (value: unknown) => unknown }
  | { readonly kind: 'object'; readonly plan: ObjectPlan };

export interface FieldPlan {
  readonly key: string;
  /** The property read, or `__typename` (the object type's name). */
  readonly name: string;
  readonly output: OutputPlan;
  /**
   * The field's resolver (e.g. a name looked up from a code, a page of a list). It is given no
   * resolve info: the resolvers below the views read their source and arguments only.
   */
  readonly resolve?: GraphQLFieldResolver<unknown, unknown>;
  /** A field that takes arguments: coerced for each request from this node and the variables. */
  readonly arguments?: { readonly field: GraphQLField<unknown, unknown>; readonly node: FieldNode };
}

export interface ObjectPlan {
  readonly type: GraphQLObjectType;
  readonly isTypeOf: GraphQLIsTypeOfFn<unknown, unknown> | undefined;
  readonly fields: readonly FieldPlan[];
}

/** Completing met something only the standard executor answers right (an error, a promise, …). */
export class Unplanned extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'Unplanned';
  }
}

/** A shape the plan does not model: the document is left to the standard executor. */
class NotPlannable extends Error {}

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

const appliesTo = (
  schema: GraphQLSchema,
  condition: string | undefined,
  type: GraphQLObjectType,
): boolean => {
  if (condition === undefined || condition === type.name) return true;
  const named = schema.getType(condition);
  return named !== undefined && isAbstractType(named) && schema.isSubType(named, type);
};

/** The fields a selection set asks of an object type, by response key, in graphql-js's order. */
const collectFields = (
  schema: GraphQLSchema,
  fragments: Fragments,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  into: Map<string, FieldNode[]>,
  visited: Set<string>,
): void => {
  for (const selection of selectionSet.selections) {
    // @skip / @include depend on variables: leave such documents to the standard executor.
    if ((selection.directives?.length ?? 0) > 0) throw new NotPlannable('directive');
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const nodes = into.get(key);
      if (nodes === undefined) into.set(key, [selection]);
      else nodes.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (appliesTo(schema, selection.typeCondition?.name.value, type)) {
        collectFields(schema, fragments, type, selection.selectionSet, into, visited);
      }
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (visited.has(name) || fragment === undefined) continue;
      visited.add(name);
      if (appliesTo(schema, fragment.typeCondition.name.value, type)) {
        collectFields(schema, fragments, type, fragment.selectionSet, into, visited);
      }
    }
  }
};

const mergedSelection = (nodes: readonly FieldNode[]): SelectionSetNode => ({
  kind: Kind.SELECTION_SET,
  selections: nodes.flatMap((node) => node.selectionSet?.selections ?? []),
});

const outputPlan = (
  schema: GraphQLSchema,
  fragments: Fragments,
  type: GraphQLOutputType,
  nodes: readonly FieldNode[],
): OutputPlan => {
  if (isNonNullType(type)) return { kind: 'nonNull', of: outputPlan(schema, fragments, type.ofType, nodes) };
  if (isListType(type)) return { kind: 'list', of: outputPlan(schema, fragments, type.ofType, nodes) };
  if (isLeafType(type)) return { kind: 'leaf', serialize: (value) => type.serialize(value) };
  if (!isObjectType(type)) throw new NotPlannable(`abstract type ${type.name}`);
  return { kind: 'object', plan: objectPlan(schema, fragments, type, mergedSelection(nodes)) };
};

const fieldPlan = (
  schema: GraphQLSchema,
  fragments: Fragments,
  type: GraphQLObjectType,
  key: string,
  nodes: readonly FieldNode[],
): FieldPlan => {
  const name = nodes[0]?.name.value ?? key;
  if (name === '__typename') return { key, name, output: { kind: 'leaf', serialize: () => type.name } };
  const field = type.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
  if (field === undefined) throw new NotPlannable(`unknown field ${type.name}.${name}`);
  const output = outputPlan(schema, fragments, field.type, nodes);
  if (field.resolve === undefined) {
    if (field.args.length > 0) throw new NotPlannable(`${type.name}.${name} takes arguments, no resolver`);
    return { key, name, output };
  }
  // Fields merged under one key have equal arguments (the document was validated).
  const node = nodes[0];
  if (field.args.length === 0 || node === undefined) return { key, name, output, resolve: field.resolve };
  return { key, name, output, resolve: field.resolve, arguments: { field, node } };
};

const objectPlan = (
  schema: GraphQLSchema,
  fragments: Fragments,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
): ObjectPlan => {
  const fields = new Map<string, FieldNode[]>();
  collectFields(schema, fragments, type, selectionSet, fields, new Set());
  return {
    type,
    isTypeOf: type.isTypeOf ?? undefined,
    fields: [...fields].map(([key, nodes]) => fieldPlan(schema, fragments, type, key, nodes)),
  };
};

/**
 * The plan of what a root field's selection asks of its value (the root field itself is resolved
 * by the caller), or undefined when the selection uses something the plan does not model:
 * directives, abstract types, fields with arguments but no resolver.
 */
export const planSelection = (
  schema: GraphQLSchema,
  fragments: Fragments,
  type: GraphQLOutputType,
  nodes: readonly FieldNode[],
): OutputPlan | undefined => {
  try {
    return outputPlan(schema, fragments, type, nodes);
  } catch (error) {
    if (error instanceof NotPlannable) return undefined;
    throw error;
  }
};

type Variables = Readonly<Record<string, unknown>>;

const completeObject = (
  plan: ObjectPlan,
  value: object,
  context: unknown,
  variables: Variables,
): Record<string, unknown> => {
  if (plan.isTypeOf !== undefined) {
    // The tenancy guard: it throws for a tenant the caller may not read (the standard executor
    // then answers with its error); false or a promise is left to the standard executor too.
    if (plan.isTypeOf(value, context, undefined as never) !== true) {
      throw new Unplanned(`${plan.type.name} is not plainly of its type`);
    }
  }
  const result: Record<string, unknown> = {};
  for (const field of plan.fields) {
    if (field.name === '__typename') {
      result[field.key] = plan.type.name;
      continue;
    }
    let property: unknown;
    if (field.resolve !== undefined) {
      // An argument that does not coerce throws: the standard executor answers with its error.
      const args =
        field.arguments === undefined
          ? {}
          : getArgumentValues(field.arguments.field, field.arguments.node, variables);
      property = field.resolve(value, args, context, undefined as never);
      if (property instanceof Promise) throw new Unplanned(`${plan.type.name}.${field.name} is async`);
    } else {
      property = (value as Record<string, unknown>)[field.name];
      if (typeof property === 'function') throw new Unplanned(`${plan.type.name}.${field.name} is a method`);
    }
    result[field.key] = complete(field.output, property, context, variables);
  }
  return result;
};

/**
 * The response value of `value` under `plan` (`variables`: the request's, coerced); throws
 * `Unplanned` where graphql-js would differ.
 */
export const complete = (
  plan: OutputPlan,
  value: unknown,
  context: unknown,
  variables: Variables = {},
): unknown => {
  if (plan.kind === 'nonNull') {
    const completed = complete(plan.of, value, context, variables);
    if (completed === null) throw new Unplanned('null in a non-null position');
    return completed;
  }
  if (value === null || value === undefined) return null;
  switch (plan.kind) {
    case 'leaf': {
      const serialized = plan.serialize(value);
      if (serialized === null || serialized === undefined) throw new Unplanned('leaf serialized to nothing');
      return serialized;
    }
    case 'list': {
      if (!Array.isArray(value)) throw new Unplanned('a list that is not an array');
      const items: unknown[] = new Array(value.length);
      for (let index = 0; index < value.length; index++) {
        items[index] = complete(plan.of, value[index], context, variables);
      }
      return items;
    }
    case 'object':
      if (typeof value !== 'object') throw new Unplanned('an object that is not one');
      return completeObject(plan.plan, value, context, variables);
  }
};
