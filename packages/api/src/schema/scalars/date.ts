import { GraphQLError, GraphQLScalarType, Kind } from '../../graphql/graphqlJs';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A day every month has: no calendar needed (views serialize hundreds of dates a response). */
const SURE_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])$/;

/** `YYYY-MM-DD` naming a day that exists (no 2018-02-30). */
export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  (SURE_DATE.test(value) ||
    (ISO_DATE.test(value) &&
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value));

const parse = (value: unknown): string => {
  // A GraphQLError, so that the error masker treats it as the caller's input mistake.
  if (!isIsoDate(value)) {
    throw new GraphQLError(
      `A Date is a calendar day written YYYY-MM-DD (China Standard Time), e.g. "2018-08-31"; got ${JSON.stringify(value) ?? 'nothing'}.`,
    );
  }
  return value;
};

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, `YYYY-MM-DD`, read in China Standard Time (e.g. "2018-08-31").',
  serialize: (value) => {
    if (!isIsoDate(value)) throw new Error(`A resolver returned ${String(value)} where a Date was expected.`);
    return value;
  },
  parseValue: parse,
  parseLiteral: (node) => parse(node.kind === Kind.STRING ? node.value : undefined),
});
