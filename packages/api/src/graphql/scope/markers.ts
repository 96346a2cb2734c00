import type { ConstDirectiveNode, GraphQLNamedType, GraphQLObjectType } from 'graphql';
import { getNamedType, isInterfaceType, isObjectType } from '../graphqlJs';
import { PUBLIC_DIRECTIVE, TENANT_CODE_SCALAR } from './tenantCode';

interface Directed {
  readonly astNode?: { readonly directives?: readonly ConstDirectiveNode[] } | null | undefined;
  readonly extensionASTNodes?: readonly { readonly directives?: readonly ConstDirectiveNode[] }[];
}

export const isMarkedPublic = (element: Directed): boolean =>
  [element.astNode, ...(element.extensionASTNodes ?? [])].some(
    (node) => node?.directives?.some((directive) => directive.name.value === PUBLIC_DIRECTIVE) ?? false,
  );

/** An object type whose objects belong to a tenant: it has `tenant: TenantCode!` and is not `@public`. */
export const isTenantOwned = (type: GraphQLNamedType): type is GraphQLObjectType => {
  if (!isObjectType(type) || isMarkedPublic(type)) return false;
  const tenant = type.getFields()['tenant'];
  return tenant !== undefined && getNamedType(tenant.type).name === TENANT_CODE_SCALAR;
};

export const hasTenantField = (type: GraphQLNamedType): boolean =>
  (isObjectType(type) || isInterfaceType(type)) && type.getFields()['tenant'] !== undefined;
