import type {
  ASTVisitor,
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { Kind } from '../graphqlJs';
import { QueryLimitError } from '../errors/queryLimitError';
import { toGraphQLError } from '../errors/maskError';
import { fragmentsOf, isIntrospectionField } from './fragments';

/** `{ a { b } }` is 2 deep. Fragments count where they are spread; each is measured once. */
export const measureDepth = (
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  memo = new Map<string, number>(),
): number => {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      if (isIntrospectionField(selection.name.value)) continue;
      depth = 1 + (selection.selectionSet ? measureDepth(selection.selectionSet, fragments, memo) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = measureDepth(selection.selectionSet, fragments, memo);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!memo.has(name) && fragment !== undefined) {
        memo.set(name, 0); // a cycle (reported by NoFragmentCyclesRule) counts as nothing
        memo.set(name, measureDepth(fragment.selectionSet, fragments, memo));
      }
      depth = memo.get(name) ?? 0;
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
};

/** Refuses operations nested deeper than `maxDepth` with `QUERY_TOO_DEEP`. */
export const createDepthLimitRule =
  (maxDepth: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(operation) {
        const depth = measureDepth(operation.selectionSet, fragments);
        if (depth > maxDepth) {
          context.reportError(
            toGraphQLError(new QueryLimitError('depth', depth, maxDepth), { nodes: [operation] }),
          );
        }
        return false;
      },
    };
  };
