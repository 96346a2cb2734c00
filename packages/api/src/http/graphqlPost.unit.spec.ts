import { describe, expect, it } from 'vitest';
import { isPlainGraphQLPost } from './graphqlPost';

const post = (headers: Record<string, string>, url = '/graphql', method = 'POST') => ({
  method,
  url,
  headers,
});
const json = { 'content-type': 'application/json', 'content-length': '30' };

describe('which requests take the lean GraphQL path', () => {
  it('a JSON POST of announced length within the limit, in UTF-8 or without a charset', () => {
    expect(isPlainGraphQLPost(post(json), '/graphql', 100)).toBe(true);
    expect(
      isPlainGraphQLPost(
        post({ ...json, 'content-type': 'application/json; charset=utf-8' }),
        '/graphql',
        100,
      ),
    ).toBe(true);
    expect(
      isPlainGraphQLPost(
        post({ ...json, 'content-type': 'Application/JSON;charset="UTF-8"' }),
        '/graphql',
        100,
      ),
    ).toBe(true);
  });

  it('everything else is left to express: other paths and methods, bodies over the limit, empty, chunked, compressed or of another type', () => {
    const refused = [
      post(json, '/graphql?x=1'),
      post(json, '/graphql/'),
      post(json, '/graphql', 'GET'),
      post({ ...json, 'content-length': '101' }),
      post({ ...json, 'content-length': '0' }),
      post({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }),
      post({ ...json, 'content-encoding': 'gzip' }),
      post({ ...json, 'content-type': 'application/json; charset=latin1' }),
      post({ ...json, 'content-type': 'application/graphql-response+json' }),
      post({ ...json, 'content-type': 'text/plain' }),
      post({ 'content-length': '30' }),
    ];
    for (const request of refused)
      expect(isPlainGraphQLPost(request, '/graphql', 100), JSON.stringify(request)).toBe(false);
  });
});
