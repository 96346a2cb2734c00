import type { DivisionCode } from '@gongkai/domain';
import type { Filter, ReadModelStore, SortKey, StoredDocument } from '../readModelStore';
import { cursorOf, ReadModelQueryInvalidError } from '../readModelStore';
import type { CatalogueItemDocument } from '../projectors/catalogue/itemDocument';
import { CATALOGUE_ITEMS, catalogueSortFields } from '../projectors/catalogue/itemDocument';
import type { CatalogueConnection, CatalogueItemView, CatalogueQuery, ViewBasis } from './types';

export const MAX_CATALOGUE_PAGE = 500;

/** The item as served: the stored document without the flat filter fields and storage fields. */
export const itemViewOf = (
  document: CatalogueItemDocument | StoredDocument<CatalogueItemDocument>,
): CatalogueItemView => {
  const {
    _id: _documentId,
    _position: _storedPosition,
    level1Name: _level1Name,
    level2Name: _level2Name,
    complete: _complete,
    fiveOpenStages: _fiveOpenStages,
    chainStages: _chainStages,
    modes: _modes,
    levels: _levels,
    channels: _channels,
    disclosed: _disclosed,
    latestEventOn: _latestEventOn,
    ...view
  } = document;
  return view;
};

const sort: readonly SortKey[] = catalogueSortFields.map((field) => ({ field }));

/** The store filter of a catalogue query: the tenant (a county) or everything below it. */
export const catalogueFilter = (query: CatalogueQuery, isCounty: (code: DivisionCode) => boolean): Filter => {
  const filter: Record<string, Filter[string]> = isCounty(query.tenant)
    ? { tenant: query.tenant }
    : { ancestors: { $contains: query.tenant } };
  if (query.area !== undefined) filter.area = query.area;
  if (query.status !== undefined) filter.status = query.status;
  const readable = query.filter ?? {};
  if (readable.level1Name !== undefined) filter.level1Name = readable.level1Name;
  if (readable.source !== undefined) filter.source = readable.source;
  if (readable.complete !== undefined) filter.complete = readable.complete;
  if (readable.disclosed !== undefined) filter.disclosed = readable.disclosed;
  if (readable.fiveOpenStage !== undefined) filter.fiveOpenStages = { $contains: readable.fiveOpenStage };
  if (readable.chainStage !== undefined) filter.chainStages = { $contains: readable.chainStage };
  if (readable.mode !== undefined) filter.modes = { $contains: readable.mode };
  if (readable.level !== undefined) filter.levels = { $contains: readable.level };
  if (readable.channel !== undefined) filter.channels = { $contains: readable.channel };
  return filter;
};

/** One page of the catalogue, in (tenant, area, level-1 name, level-2 name, id) order. */
export const cataloguePage = async (
  store: ReadModelStore,
  query: CatalogueQuery,
  isCounty: (code: DivisionCode) => boolean,
  basis: ViewBasis,
): Promise<CatalogueConnection> => {
  if (!Number.isInteger(query.first) || query.first < 1 || query.first > MAX_CATALOGUE_PAGE) {
    throw new ReadModelQueryInvalidError(`first must be an integer from 1 to ${MAX_CATALOGUE_PAGE}.`);
  }
  const filter = catalogueFilter(query, isCounty);
  const [page, totalCount] = await Promise.all([
    store.findPage<CatalogueItemDocument>(CATALOGUE_ITEMS, {
      filter,
      sort,
      first: query.first,
      after: query.after ?? null,
    }),
    store.count(CATALOGUE_ITEMS, filter),
  ]);
  return {
    edges: page.documents.map((document) => ({
      cursor: cursorOf(document, sort),
      node: itemViewOf(document),
    })),
    pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    totalCount,
    basis,
  };
};
