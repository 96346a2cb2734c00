/**
 * The measured work of the fields that do work, in cost units (1 unit ≈ 50 µs of resolver time on
 * the 2-core development machine, over the Heilongjiang seed): written by
 * `packages/api/scripts/calibrateCost.ts` from its measurements (run it again when a view changes;
 * `costTable.unit.spec.ts` checks the table names every such field of the schema and nothing else).
 *
 * A view field's entry is the whole view: its resolver loads a handful of documents and computes
 * every nested figure at once, so the fields and bounded lists under it cost nothing more (they are
 * in the measurement). `asOf` is the same view read from the history; a field without an `asOf`
 * entry costs the same either way. Fields not listed cost 1, lists of them their page size.
 */
export interface FieldCost {
  readonly cost: number;
  /** The cost when the field is asked `asOf` a position or date. */
  readonly asOf?: number;
}

// Measured 2026-12-07 by `pnpm bench cost-calibration` (p90, the machine under heavy shared load).
// `assessment` is not measured by the script: it compiles a province's figures, priced as provinceView.
// The on-request disclosure queries are not measured by it yet either: the queue reads every
// application of the tenant's subtree (priced as provinceView), one application as one item, the
// annual figures a county document a year per county (priced as prefectureView).
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  'Query.countyView': { cost: 212, asOf: 283 },
  'Query.prefectureView': { cost: 784, asOf: 1_234 },
  'Query.provinceView': { cost: 3_399, asOf: 7_977 },
  'Query.nationalRollup': { cost: 3_370, asOf: 7_099 },
  'Query.milestones': { cost: 343, asOf: 451 },
  'Query.assessment': { cost: 3_399, asOf: 7_977 },
  'Query.catalogueItem': { cost: 23, asOf: 68 },
  'Query.applicationQueue': { cost: 3_399, asOf: 7_977 },
  'Query.application': { cost: 23, asOf: 68 },
  'Query.annualReportFigures': { cost: 784, asOf: 1_234 },
};
