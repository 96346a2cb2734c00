import calibrated from './costTable.json' with { type: 'json' };

/**
 * The measured work of the fields that do work, in cost units (1 unit = 50 µs of resolver CPU on
 * the 2-core development machine, over the Heilongjiang seed). `costTable.json` is written by
 * `pnpm bench cost-calibration -- --write` (test/bench/costCalibration.bench.ts) with its
 * provenance (command, date, load average); run it again when a view changes.
 * `costTable.int.spec.ts` checks the table names every such field of the schema and nothing else,
 * and that packages/api/README.md lists the same costs.
 *
 * A view field's entry is the whole view: its resolver loads a handful of documents and computes
 * every nested figure at once, so the fields and bounded lists under it cost nothing more (they are
 * in the measurement). `asOf` is the same view read from the history; a field without an `asOf`
 * entry costs the same either way. Fields not listed cost 1, lists of them their page size.
 *
 * The cost bounds one request's work as measured on the seed; how many views one request may ask
 * as of is bounded apart (`ApiLimits.maxAsOfFields`), since their work grows with the deployment.
 */
export interface FieldCost {
  readonly cost: number;
  /** The cost when the field is asked `asOf` a date (or a position, without `asOfPosition`). */
  readonly asOf?: number;
  /** The cost when the field is asked `asOf` a position, where that reads another way (a replay). */
  readonly asOfPosition?: number;
}

/** The calibrated fields (costTable.json), as the bench wrote them. */
const CALIBRATED_COSTS: Readonly<Record<string, FieldCost>> = calibrated.fields;

// `assessment` is not measured: it compiles a province's figures, priced as provinceView.
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  ...CALIBRATED_COSTS,
  'Query.assessment': CALIBRATED_COSTS['Query.provinceView']!,
};
