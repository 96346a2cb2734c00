import type { ReadModelDocument, ReadModelStore } from '../port';

/** The store under test, fresh and empty for each test. */
export interface ContractContext {
  readonly store: ReadModelStore;
  /** Documents of the large-collection pagination test (default 20,000). */
  readonly largeCollection?: number;
}

/**
 * A slice of Heilongjiang's reporting lines: 绥芬河市 lies in 牡丹江市 but is administered directly
 * by the province, so its ancestors skip the prefecture.
 */
export const TENANTS = {
  national: { code: '000000', ancestors: [] },
  heilongjiang: { code: '230000', ancestors: ['000000'] },
  harbin: { code: '230100', ancestors: ['230000', '000000'] },
  daoli: { code: '230102', ancestors: ['230100', '230000', '000000'] },
  nangang: { code: '230103', ancestors: ['230100', '230000', '000000'] },
  mudanjiang: { code: '231000', ancestors: ['230000', '000000'] },
  suifenhe: { code: '231081', ancestors: ['230000', '000000'] },
  jilin: { code: '220000', ancestors: ['000000'] },
} as const;

export type TenantName = keyof typeof TENANTS;

export const documentOf = (
  id: string,
  tenant: TenantName,
  fields: Record<string, unknown> = {},
): ReadModelDocument => ({
  _id: id,
  tenant: TENANTS[tenant].code,
  ancestors: TENANTS[tenant].ancestors,
  ...fields,
});

/** Upsert documents at positions 1, 2, ... (after `from`), in one unit of `projector`. */
export const seed = async (
  store: ReadModelStore,
  collection: string,
  documents: readonly ReadModelDocument[],
  { projector = 'seed', from = 0 }: { projector?: string; from?: number } = {},
): Promise<void> => {
  await store.transaction(projector, (unit) => {
    documents.forEach((document, index) => unit.upsert(collection, document, from + index + 1));
    unit.setCheckpoint(from + documents.length);
  });
};

/** Strip `_position` to compare document contents. */
export const contentOf = (document: Record<string, unknown> | null): Record<string, unknown> | null => {
  if (document === null) return null;
  const { _position: _ignored, ...content } = document;
  return content;
};

/** Byte order of UTF-8, which is code-point order: how both adapters compare strings. */
export const compareUtf8 = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

export const idsOf = (documents: readonly { _id: string }[]): string[] =>
  documents.map((document) => document._id);
