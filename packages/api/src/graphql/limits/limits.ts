/** Bounds on what one request may ask for. */
export interface ApiLimits {
  /** Request body size in bytes; larger bodies get HTTP 413. */
  readonly maxBodyBytes: number;
  /** Nesting of selections (introspection is bounded by graphql-js's own rule instead). */
  readonly maxDepth: number;
  /** Fields the query may resolve, with list fields multiplied by their page size. */
  readonly maxCost: number;
  /**
   * Fields asked `asOf` a date or position in one query (each alias and fragment spread counts).
   * Views as of are computed from the history, uncached, and their work grows with the tenants
   * below them; the cost is calibrated on the pilot seed, so this bound, not the cost, keeps
   * aliases × `asOf` in check at any scale.
   */
  readonly maxAsOfFields: number;
  /** Page size assumed for list fields without a `first`/`last`/`limit` argument. */
  readonly defaultListSize: number;
  readonly maxAliases: number;
  /** Lexical tokens in the query document; stops huge documents before they are parsed. */
  readonly maxTokens: number;
  /** Nesting of objects and lists in the variables; deeper ones are refused before anything walks them. */
  readonly maxVariableDepth: number;
}

export const DEFAULT_LIMITS: ApiLimits = Object.freeze({
  maxBodyBytes: 100_000,
  maxDepth: 12,
  maxCost: 10_000,
  maxAsOfFields: 4,
  defaultListSize: 20,
  maxAliases: 30,
  maxTokens: 5_000,
  maxVariableDepth: 32,
});

/** Argument names whose value is a page size. */
export const PAGE_SIZE_ARGUMENTS: readonly string[] = ['first', 'last', 'limit'];
