import type {
  DocumentNode,
  ExecutionArgs,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { OutputPlan } from '../graphql/execution/selectionPlan';
import { complete, planSelection } from '../graphql/execution/selectionPlan';
import {
  Kind,
  OperationTypeNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
} from '../graphql/graphqlJs';
import { LIVE_VIEW_FIELDS } from './viewResponseCache';

type RootPlan =
  | { readonly key: string; readonly typename: string }
  | {
      readonly key: string;
      readonly field: GraphQLField<unknown, unknown>;
      readonly node: FieldNode;
      readonly output: OutputPlan;
    };

interface OperationPlan {
  readonly operation: OperationDefinitionNode;
  readonly roots: readonly RootPlan[];
}

const fragmentsOf = (document: DocumentNode): Map<string, FragmentDefinitionNode> => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
};

/** A root selection: `__typename`, or a view field and the plan of its selection. */
const planRoot = (
  schema: GraphQLSchema,
  queryType: GraphQLObjectType,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  selection: SelectionNode,
): RootPlan | undefined => {
  if (selection.kind !== Kind.FIELD || (selection.directives?.length ?? 0) > 0) return undefined;
  const key = selection.alias?.value ?? selection.name.value;
  if (selection.name.value === '__typename') return { key, typename: queryType.name };
  if (!LIVE_VIEW_FIELDS.has(selection.name.value)) return undefined;
  const field = queryType.getFields()[selection.name.value];
  if (field?.resolve === undefined) return undefined;
  const output = planSelection(schema, fragments, field.type, [selection]);
  return output === undefined ? undefined : { key, field, node: selection, output };
};

/** A query made only of view fields (each resolved by its resolver, once) and `__typename`. */
const planOperation = (args: ExecutionArgs): OperationPlan | undefined => {
  const operation = getOperationAST(args.document, args.operationName ?? undefined);
  const queryType = args.schema.getQueryType();
  if (operation?.operation !== OperationTypeNode.QUERY || !queryType) return undefined;
  const fragments = fragmentsOf(args.document);
  const roots: RootPlan[] = [];
  for (const selection of operation.selectionSet.selections) {
    const root = planRoot(args.schema, queryType, fragments, selection);
    // Two selections under one response key are merged by graphql-js: left to it.
    if (root === undefined || roots.some(({ key }) => key === root.key)) return undefined;
    roots.push(root);
  }
  return { operation, roots };
};

const run = async (
  plan: OperationPlan,
  args: ExecutionArgs,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> => {
  const values = await Promise.all(
    plan.roots.map((root) =>
      'typename' in root
        ? root.typename
        : root.field.resolve?.(
            args.rootValue,
            getArgumentValues(root.field, root.node, variables),
            args.contextValue,
            // The view resolvers read their arguments and the context only.
            undefined as never,
          ),
    ),
  );
  const data: Record<string, unknown> = {};
  plan.roots.forEach((root, index) => {
    data[root.key] =
      'typename' in root ? root.typename : complete(root.output, values[index], args.contextValue, variables);
  });
  return data;
};

/**
 * Executes view queries without graphql-js's per-field machinery: the view resolvers return plain
 * objects (shared by every request at one state of the read models), so a query's selection over
 * them is compiled once per document (`selectionPlan.ts`) and each request only copies the
 * selected properties, serializing leaves and running every object's tenancy guard as graphql-js
 * would. Whatever the plan does not model, and every error (a forbidden tenant, a bad argument, a
 * failed view), is left to the standard executor, which gives the canonical answer.
 */
export const usePlannedViewExecution = (): Plugin => {
  const plans = new WeakMap<DocumentNode, Map<string, OperationPlan | null>>();

  const planOf = (args: ExecutionArgs): OperationPlan | undefined => {
    let byName = plans.get(args.document);
    if (byName === undefined) plans.set(args.document, (byName = new Map<string, OperationPlan | null>()));
    const name = args.operationName ?? '';
    let plan = byName.get(name);
    if (plan === undefined) byName.set(name, (plan = planOperation(args) ?? null));
    return plan ?? undefined;
  };

  return {
    async onExecute({ args: looseArgs, setResultAndStopExecution }) {
      // envelop types the execution args loosely.
      const args = looseArgs as ExecutionArgs;
      const plan = planOf(args);
      if (plan === undefined) return;
      const variables = getVariableValues(
        args.schema,
        plan.operation.variableDefinitions ?? [],
        args.variableValues ?? {},
      );
      if (variables.errors !== undefined) return;
      let data: Record<string, unknown>;
      try {
        data = await run(plan, args, variables.coerced);
      } catch {
        // The standard executor runs the query again and answers with the error where it arose.
        return;
      }
      setResultAndStopExecution({ data });
    },
  };
};
