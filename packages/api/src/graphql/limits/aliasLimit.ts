import type { ASTVisitor, ValidationContext, ValidationRule } from 'graphql';
import { QueryLimitError } from '../errors/queryLimitError';
import { toGraphQLError } from '../errors/maskError';

/** Refuses documents with more than `maxAliases` aliased fields with `TOO_MANY_ALIASES`. */
export const createAliasLimitRule =
  (maxAliases: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias !== undefined) aliases += 1;
      },
      Document: {
        leave(document) {
          if (aliases > maxAliases) {
            context.reportError(
              toGraphQLError(new QueryLimitError('aliases', aliases, maxAliases), { nodes: [document] }),
            );
          }
        },
      },
    };
  };
