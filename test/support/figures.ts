/**
 * The indicator counts every tier shows (no rates or averages: those do not add up), as a GraphQL
 * selection on `IndicatorFigures`.
 */
export const COUNT_FIELDS = `{
  catalogue { items itemsTotal draft published retired revisions withStandard completeStandards }
  disclosures { total interpreted responded timeliness { onTime late notAssessed } }
  interpretations { total onTime late }
  responses { total linkedToDisclosure }
  feedback { count sampleSize }
}`;

/** A selection on `AcceptanceSummary` without the average score. */
export const ACCEPTANCE_COUNTS = `{
  registered planFiled selfAssessed prefectureAccepted prefecturePassed reported
  provinceAccepted provincePassed rectifying failed completed
}`;

export type Counts = { [field: string]: number | Counts };

const isCounts = (value: number | Counts | undefined): value is Counts =>
  typeof value === 'object' && value !== null;

/** Adds two count trees of the same shape, leaf by leaf. */
export const addCounts = (a: Counts, b: Counts): Counts => {
  const sum: Counts = {};
  for (const [field, value] of Object.entries(a)) {
    const other = b[field];
    if (typeof value === 'number' && typeof other === 'number') sum[field] = value + other;
    else if (isCounts(value) && isCounts(other)) sum[field] = addCounts(value, other);
    else throw new Error(`cannot add ${field}: ${JSON.stringify(value)} and ${JSON.stringify(other)}`);
  }
  return sum;
};

/** The leaf-by-leaf sum of count trees; `zero` for an empty list. */
export const sumCounts = (trees: readonly Counts[], zero: Counts): Counts => trees.reduce(addCounts, zero);

/** A tree of the same shape with every count 0. */
export const zeroOf = (tree: Counts): Counts => {
  const zero: Counts = {};
  for (const [field, value] of Object.entries(tree))
    zero[field] = typeof value === 'number' ? 0 : zeroOf(value);
  return zero;
};
