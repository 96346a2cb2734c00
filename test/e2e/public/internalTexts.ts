import type { TestPlatform } from '../../support/platform';

/**
 * Texts the read side holds that the public must never see, taken from the seeded data itself:
 * the county's self-assessment, acceptance findings, rectification items, every actor id, and the
 * evaluators and comments of recorded feedback (plus any `extra` markers the test submitted).
 */
export const internalTexts = async (
  platform: TestPlatform,
  county: string,
  extra: readonly string[],
): Promise<string[]> => {
  const views = platform.stack.views;
  const texts = new Set<string>(extra);
  const pilot = await views.auditTrail(`pilotUnit-${county}`, { first: 1_000 });
  for (const entry of pilot?.entries ?? []) {
    texts.add(entry.actor.id);
    const data = entry.data as Record<string, unknown>;
    for (const key of ['practices', 'results', 'difficulties', 'suggestions']) {
      if (typeof data[key] === 'string') texts.add(data[key]);
    }
    for (const key of ['findings', 'items']) {
      if (Array.isArray(data[key])) for (const text of data[key] as string[]) texts.add(text);
    }
  }
  const catalogue = await views.catalogue({ tenant: county, first: 500 });
  for (const { node } of catalogue.edges) {
    for (const record of node.feedback) {
      texts.add(record.evaluator);
      if (record.comment) texts.add(record.comment);
    }
  }
  // Short common words would match by accident; keep what identifies a record.
  return [...texts].filter((text) => text.length >= 6);
};
