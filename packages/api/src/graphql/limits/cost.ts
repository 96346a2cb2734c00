import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import {
  Kind,
  visit,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
} from '../graphqlJs';
import { fragmentsOf, isIntrospectionField } from './fragments';
import { PAGE_SIZE_ARGUMENTS } from './limits';
import type { FieldCost } from './costTable';
import { FIELD_COSTS } from './costTable';

export interface CostInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName?: string | null | undefined;
  readonly variables?: Readonly<Record<string, unknown>> | null | undefined;
}

export interface CostOptions {
  readonly defaultListSize: number;
  readonly pageSizeArguments?: readonly string[];
  /** Measured costs of the fields that do work, by `Type.field` (default: `FIELD_COSTS`). */
  readonly fieldCosts?: Readonly<Record<string, FieldCost>>;
}

const variableDefaults = (operation: OperationDefinitionNode): Record<string, unknown> => {
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue?.kind === Kind.INT) {
      defaults[definition.variable.name.value] = Number(definition.defaultValue.value);
    }
  }
  return defaults;
};

const costAsOf = (measured: FieldCost, kind: 'live' | 'date' | 'position'): number =>
  kind === 'live'
    ? measured.cost
    : kind === 'position'
      ? (measured.asOfPosition ?? measured.asOf ?? measured.cost)
      : (measured.asOf ?? measured.cost);

/** A field's own measure, without its selection: its table cost (1, or 0 inside a view) and whether it is asked as of. */
const ownMeasure = (
  measured: FieldCost | undefined,
  kind: 'live' | 'date' | 'position',
  inView: boolean,
): QueryMeasure => ({
  cost: measured ? costAsOf(measured, kind) : inView ? 0 : 1,
  asOfFields: kind === 'live' ? 0 : 1,
});

/**
 * The variables a document's cost depends on: those given directly as an `asOf` or a page-size
 * argument (`computeQueryCost` reads no other). A document without any costs the same whatever the
 * variables, so its cost can be kept once for the document.
 */
export const costVariablesOf = (
  document: DocumentNode,
  pageSizeArguments: readonly string[] = PAGE_SIZE_ARGUMENTS,
): readonly string[] => {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      const { name, value } = argument;
      if (value.kind === Kind.VARIABLE && (name.value === 'asOf' || pageSizeArguments.includes(name.value)))
        names.add(value.name.value);
    },
  });
  return [...names].sort();
};

/** What a query asks for: its cost, and how many of its fields are asked as of a date or position. */
export interface QueryMeasure {
  readonly cost: number;
  /** Fields given a non-null `asOf`, counted like the cost (each alias and fragment spread again). */
  readonly asOfFields: number;
}

const NOTHING: QueryMeasure = { cost: 0, asOfFields: 0 };
const add = (a: QueryMeasure, b: QueryMeasure): QueryMeasure => ({
  cost: a.cost + b.cost,
  asOfFields: a.asOfFields + b.asOfFields,
});

/**
 * A field listed in the cost table costs its measured work (its `asOf` cost when asked as of a
 * date, its `asOfPosition` cost, if it has one, when asked at a position), and the fields under it
 * nothing more, lists included, as the measurement covers them; a paged field or another listed
 * field under it still counts. Every other field costs 1; a field with a page-size argument
 * (`first`, `last`, `limit`) multiplies the cost of its selection by that size, and a list field
 * without one by `defaultListSize`, except directly under a paged field (a connection's
 * `edges`/`nodes`, already counted by the page size). Abstract selections add up all their
 * branches. The fields asked as of are counted the same way. Needs the variables, so it runs at
 * execution.
 */
export const measureQuery = (input: CostInput, options: CostOptions): QueryMeasure => {
  const operation = getOperationAST(input.document, input.operationName ?? undefined);
  const rootType = operation == null ? undefined : input.schema.getRootType(operation.operation);
  if (operation == null || rootType == null) return NOTHING;
  const variables = { ...variableDefaults(operation), ...input.variables };
  const fragments = fragmentsOf(input.document);
  const pageArguments = options.pageSizeArguments ?? PAGE_SIZE_ARGUMENTS;
  const memo = new Map<string, QueryMeasure>();
  const table = options.fieldCosts ?? FIELD_COSTS;

  /** How the field is asked as of: not at all, by date only, or at a position (a literal or a set variable). */
  const asOfKind = (field: FieldNode): 'live' | 'date' | 'position' => {
    const argument = (field.arguments ?? []).find(({ name }) => name.value === 'asOf');
    if (argument === undefined || argument.value.kind === Kind.NULL) return 'live';
    const { value } = argument;
    if (value.kind === Kind.VARIABLE) {
      const given = variables[value.name.value] as { position?: unknown } | null | undefined;
      if (given == null) return 'live';
      return given.position == null ? 'date' : 'position';
    }
    const hasPosition =
      value.kind === Kind.OBJECT &&
      value.fields.some(({ name, value: field }) => name.value === 'position' && field.kind !== Kind.NULL);
    return hasPosition ? 'position' : 'date';
  };

  const pageSize = (field: FieldNode): number | undefined => {
    const sizes = (field.arguments ?? [])
      .filter((argument) => pageArguments.includes(argument.name.value))
      .map(({ value }) => {
        const raw =
          value.kind === Kind.INT
            ? Number(value.value)
            : value.kind === Kind.VARIABLE
              ? variables[value.name.value]
              : undefined;
        return typeof raw === 'number' && Number.isFinite(raw) ? Math.max(0, raw) : options.defaultListSize;
      });
    return sizes.length === 0 ? undefined : Math.max(...sizes);
  };

  const fieldCost = (
    field: FieldNode,
    parentType: GraphQLCompositeType,
    underPage: boolean,
    inView: boolean,
  ): QueryMeasure => {
    const name = field.name.value;
    if (name === '__typename') return NOTHING;
    const measured = table[`${parentType.name}.${name}`];
    const own = ownMeasure(measured, asOfKind(field), inView);
    const definition =
      isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
    if (isIntrospectionField(name) || definition === undefined || field.selectionSet === undefined)
      return own;
    const size = pageSize(field);
    const isList = isListType(getNullableType(definition.type));
    const listSize = inView || measured ? 1 : options.defaultListSize;
    const multiplier = size ?? (isList && !underPage ? listSize : 1);
    const childType = getNamedType(definition.type);
    if (!isCompositeType(childType)) return own;
    const children = selectionCost(field.selectionSet, childType, size !== undefined, inView || !!measured);
    return {
      cost: own.cost + multiplier * children.cost,
      asOfFields: own.asOfFields + multiplier * children.asOfFields,
    };
  };

  const fragmentCost = (
    name: string,
    parentType: GraphQLCompositeType,
    underPage: boolean,
    inView: boolean,
  ): QueryMeasure => {
    const key = `${name}|${underPage}|${inView}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, NOTHING); // cycles are reported by NoFragmentCyclesRule
    const fragment: FragmentDefinitionNode | undefined = fragments.get(name);
    const type = fragment === undefined ? undefined : input.schema.getType(fragment.typeCondition.name.value);
    const measure =
      fragment === undefined
        ? NOTHING
        : selectionCost(fragment.selectionSet, isCompositeType(type) ? type : parentType, underPage, inView);
    memo.set(key, measure);
    return measure;
  };

  const selectionCost = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType,
    underPage: boolean,
    inView: boolean,
  ): QueryMeasure => {
    let total = NOTHING;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total = add(total, fieldCost(selection, parentType, underPage, inView));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition && input.schema.getType(selection.typeCondition.name.value);
        total = add(
          total,
          selectionCost(
            selection.selectionSet,
            isCompositeType(condition) ? condition : parentType,
            underPage,
            inView,
          ),
        );
      } else {
        total = add(total, fragmentCost(selection.name.value, parentType, underPage, inView));
      }
    }
    return total;
  };

  return selectionCost(operation.selectionSet, rootType, false, false);
};

export const computeQueryCost = (input: CostInput, options: CostOptions): number =>
  measureQuery(input, options).cost;
