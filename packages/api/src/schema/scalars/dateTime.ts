import { GraphQLError, GraphQLScalarType, Kind } from '../../graphql/graphqlJs';

// RFC 3339 with a mandatory offset: an instant, never a wall-clock time of unknown zone.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

export const isDateTime = (value: unknown): value is string =>
  typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));

const parse = (value: unknown): string => {
  if (!isDateTime(value)) {
    throw new GraphQLError(
      `A DateTime is an ISO 8601 instant with its offset, e.g. "2018-03-01T09:00:00+08:00"; got ${JSON.stringify(value) ?? 'nothing'}.`,
    );
  }
  return value;
};

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description:
    'An instant, ISO 8601 with a time-zone offset or `Z` (e.g. "2018-03-01T09:00:00+08:00"); returned as stored.',
  serialize: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new Error(`A resolver returned ${String(value)} where a DateTime was expected.`);
    }
    return value;
  },
  parseValue: parse,
  parseLiteral: (node) => parse(node.kind === Kind.STRING ? node.value : undefined),
});
