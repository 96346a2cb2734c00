/** One GraphQL error as the API sends it: a message and `extensions.code`, never a stack. */
export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorBody[];
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  /** The body exactly as sent, for leak checks. */
  text: string;
  body: GraphQLBody;
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** The raw `Authorization` header; null sends none (anonymous). */
  authorization: string | null;
  /** More request headers, e.g. `x-gongkai-min-position`. */
  headers?: Record<string, string>;
}

export const bearer = (token: string): string => `Bearer ${token}`;

/** POSTs one operation to `<url>/graphql` with fetch, as any client would. */
export const postGraphQL = async (url: string, request: GraphQLRequest): Promise<GraphQLResponse> => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(request.authorization === null ? {} : { authorization: request.authorization }),
      ...request.headers,
    },
    body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as GraphQLBody };
};

/** `data.<field>` of a response that must have succeeded; throws with the errors otherwise. */
export const dataOf = <T>(response: GraphQLResponse, field: string): T => {
  if (response.body.errors !== undefined || response.body.data == null) {
    throw new Error(`expected data.${field}, got HTTP ${response.status}: ${response.text}`);
  }
  return response.body.data[field] as T;
};
