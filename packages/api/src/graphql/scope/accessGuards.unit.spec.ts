import { describe, expect, it } from 'vitest';
import { createGongkaiSchema } from '../schema';

const build = (typeDefs: string) => () => createGongkaiSchema({ typeDefs });

describe('the access guards refuse schemas that would leave tenant data unguarded', () => {
  it('a tenant code typed as String', () => {
    expect(build('type Query { catalogue(countyCode: String!): String }')).toThrow(
      /Query\.catalogue\(countyCode:\) is String!; type tenant codes as TenantCode/,
    );
  });

  it('a `code` argument on a field that returns tenant objects', () => {
    expect(build('type Unit { tenant: TenantCode! } type Query { unit(code: ID!): Unit }')).toThrow(
      /unit\(code:\)/,
    );
  });

  it('a tenant field that is not TenantCode!', () => {
    expect(build('type Item { tenant: String } type Query { item: Item }')).toThrow(
      /Item\.tenant is String; declare it `tenant: TenantCode!`/,
    );
  });

  it('a tenant code inside an input object', () => {
    expect(build('input F { tenant: String } type Query { items(filter: F): [String] }')).toThrow(
      /F\.tenant is String/,
    );
  });

  it('@public where it has no effect', () => {
    expect(build('type Item { name: String @public } type Query { item: Item }')).toThrow(
      /@public on Item\.name/,
    );
  });

  it('and accept a well-typed schema', () => {
    expect(
      build(
        'type Item { tenant: TenantCode! code: String! } type Query { item(tenant: TenantCode!, code: String!): Item }',
      ),
    ).not.toThrow();
  });
});
