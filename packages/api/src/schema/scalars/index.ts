import { DateScalar } from './date';
import { DateTimeScalar } from './dateTime';
import { JSONObjectScalar } from './jsonObject';

export { DateScalar, isIsoDate } from './date';
export { DateTimeScalar, isDateTime } from './dateTime';
export { JSONObjectScalar } from './jsonObject';

export const scalarTypeDefs = /* GraphQL */ `
  scalar Date
  scalar DateTime
  scalar JSONObject
`;

export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar, JSONObject: JSONObjectScalar };
