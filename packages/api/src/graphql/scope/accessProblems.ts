import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLNamedType,
  GraphQLSchema,
} from 'graphql';
import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
} from '../graphqlJs';
import { hasTenantField, isMarkedPublic } from './markers';
import { TENANT_CODE_SCALAR } from './tenantCode';

// Names that mean "a tenant" wherever they appear; `code` only on fields that return tenant objects.
const TENANT_LIKE_NAME =
  /^(?:tenant|tenantCode|divisionCode|unitCode|countyCode|prefectureCode|provinceCode)$|TenantCode$/;

const typedAsText = (value: GraphQLArgument | GraphQLInputField): boolean => {
  const name = getNamedType(value.type).name;
  return name === 'String' || name === 'ID';
};

const inputProblem = (
  coordinate: string,
  value: GraphQLArgument | GraphQLInputField,
  codeNamesTenant: boolean,
) =>
  typedAsText(value) && (TENANT_LIKE_NAME.test(value.name) || (codeNamesTenant && value.name === 'code'))
    ? `${coordinate} is ${String(value.type)}; type tenant codes as TenantCode (mark it @public if any tenant may be named).`
    : undefined;

const fieldProblems = (
  type: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
  isRoot: boolean,
): string[] => {
  const coordinate = `${type.name}.${field.name}`;
  const problems: (string | undefined)[] = [];
  if (field.name === 'tenant') {
    const wellTyped =
      isNonNullType(field.type) &&
      !isListType(field.type.ofType) &&
      getNamedType(field.type).name === TENANT_CODE_SCALAR;
    if (!wellTyped) {
      problems.push(
        `${coordinate} is ${String(field.type)}; declare it \`tenant: TenantCode!\` so the owner check applies.`,
      );
    }
  }
  if (isMarkedPublic(field) && !isRoot) {
    problems.push(
      `@public on ${coordinate} has no effect: only root fields take it; mark the object type or the argument.`,
    );
  }
  // `unit(code: String)` returning a tenant object names a tenant by `code`; `item(tenant:, code:)` does not.
  const codeNamesTenant =
    hasTenantField(getNamedType(field.type)) &&
    !field.args.some((arg) => getNamedType(arg.type).name === TENANT_CODE_SCALAR);
  for (const arg of field.args)
    problems.push(inputProblem(`${coordinate}(${arg.name}:)`, arg, codeNamesTenant));
  return problems.filter((problem): problem is string => problem !== undefined);
};

/** Ways a schema could leave tenant data unguarded; empty when the access guards cover it. */
export const findAccessProblems = (schema: GraphQLSchema): string[] => {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        problems.push(...fieldProblems(type, field, isObjectType(type) && roots.has(type)));
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const problem = inputProblem(`${type.name}.${field.name}`, field, false);
        if (problem !== undefined) problems.push(problem);
      }
    }
  }
  return problems;
};
