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
  /** The cost when the field is asked `asOf` a date (or a position, without `asOfPosition`). */
  readonly asOf?: number;
  /** The cost when the field is asked `asOf` a position, where that reads another way (a replay). */
  readonly asOfPosition?: number;
}

// Measured 2026-12-07 by `pnpm bench cost-calibration` (p90, the machine under heavy shared load).
// `assessment` is not measured by the script: it compiles a province's figures, priced as provinceView.
// The on-request disclosure fields were measured on the seed with its applications (8,734, 29,911
// commands), for the province (the most a tenant reads), again on 2026-12-08 by `pnpm bench
// cost-calibration --applications` under a load average of about 15 on the 2 cores (so about twice
// a quiet machine's): as of a date they read the live per-county documents (the annual figures
// within a year the county-year counters), as of a position they replayed the subtree's application
// streams (measured before the replay skipped the other streams), hence `asOfPosition`. Since then a
// position reads the applications changed after it from their history (a province at an early
// position: ~0.4 s of CPU): these `asOfPosition` figures overestimate it until measured again.
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  'Query.countyView': { cost: 212, asOf: 283 },
  'Query.prefectureView': { cost: 784, asOf: 1_234 },
  'Query.provinceView': { cost: 3_399, asOf: 7_977 },
  'Query.nationalRollup': { cost: 3_370, asOf: 7_099 },
  'Query.milestones': { cost: 343, asOf: 451 },
  'Query.assessment': { cost: 3_399, asOf: 7_977 },
  'Query.catalogueItem': { cost: 23, asOf: 68 },
  'Query.applicationQueue': { cost: 361, asOf: 565, asOfPosition: 272_814 },
  'Query.application': { cost: 6, asOf: 7, asOfPosition: 64_204 },
  'Query.annualReportFigures': { cost: 868, asOf: 1_004, asOfPosition: 614_750 },
};
