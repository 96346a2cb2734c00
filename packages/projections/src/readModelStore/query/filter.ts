/**
 * The filter language: a subset of MongoDB's query language that both adapters run natively.
 * Fields are dotted paths (`standard.timeLimit`). A bare value means `$eq`. `null` matches a null or
 * missing field. Ranges compare strings with strings (by code point, as UTF-8 bytes) and numbers
 * with numbers, never across types. Arrays are searched with `$contains`/`$containsAny` (Mongo's
 * implicit "array holds the value"); equality and ranges are for scalar fields.
 *
 * ```ts
 * { $or: [{ tenant: { $in: ['230102'] } }, { ancestors: { $contains: '230100' } }],
 *   area: 'compulsory-education', 'standard.timeLimit': { $lte: 20 } }
 * ```
 */

type Scalar = string | number | boolean | null;

export type ComparableValue = string | number;

export interface FieldOperators {
  $eq?: Scalar;
  /** Also matches documents without the field. */
  $ne?: Scalar;
  $in?: readonly Scalar[];
  /** Also matches documents without the field. */
  $nin?: readonly Scalar[];
  $gt?: ComparableValue;
  $gte?: ComparableValue;
  $lt?: ComparableValue;
  $lte?: ComparableValue;
  /** True: the field is present (even if null). */
  $exists?: boolean;
  /** The array field holds this value. */
  $contains?: Scalar;
  /** The array field holds at least one of these values. */
  $containsAny?: readonly Scalar[];
}

export type FieldCondition = Scalar | FieldOperators;

export interface Filter {
  /** Every sub-filter matches (keys of one object are already and-ed). */
  $and?: readonly Filter[];
  /** At least one sub-filter matches. */
  $or?: readonly Filter[];
  [field: string]: FieldCondition | readonly Filter[] | undefined;
}

export interface SortKey {
  field: string;
  direction?: 'asc' | 'desc';
}
