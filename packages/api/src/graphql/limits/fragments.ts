import type { DocumentNode, FragmentDefinitionNode } from 'graphql';
import { Kind } from '../graphqlJs';

export const fragmentsOf = (document: DocumentNode): ReadonlyMap<string, FragmentDefinitionNode> =>
  new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );

/** Introspection fields are bounded by graphql-js's MaxIntrospectionDepthRule and the alias/token limits. */
export const isIntrospectionField = (name: string): boolean => name.startsWith('__');
