import type { DocumentNode, ExecutionArgs, ExecutionResult, OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Kind, OperationTypeNode, getOperationAST } from '../graphql/graphqlJs';
import type { GongkaiApiContext } from './context';

/**
 * Root fields whose answer is a function of their arguments, the caller's tenant and the read
 * models' state (when no `asOf` is given): the live tier views, milestones and an office's
 * application queue (judged on today's date, which the version carries).
 */
export const LIVE_VIEW_FIELDS: ReadonlySet<string> = new Set([
  'countyView',
  'prefectureView',
  'provinceView',
  'nationalRollup',
  'milestones',
  'applicationQueue',
]);

export interface ViewResponseCacheOptions {
  /** Equal versions, equal live views (`ReadModelViewQueries.liveVersion`). */
  readonly version: () => Promise<string>;
  /** Bound on the cached responses, counted as UTF-16 JSON plus their data trees (default 32 MiB). */
  readonly maxBytes?: number;
}

interface Entry {
  readonly data: ExecutionResult['data'];
  readonly json: string;
}

/** A result Yoga serializes with our JSON (its result processor honours `stringify`). */
type CachedResult = ExecutionResult & { stringify: () => string };

const resultOf = (entry: Entry): CachedResult => ({ data: entry.data, stringify: () => entry.json });

/** Bytes an entry holds: its JSON (two bytes a char) and, about as much again, its data tree. */
const sizeOf = (entry: Entry): number => entry.json.length * 4;

const isLiveViewOperation = (operation: OperationDefinitionNode): boolean => {
  if (operation.operation !== OperationTypeNode.QUERY) return false;
  let views = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === '__typename') continue;
    if (!LIVE_VIEW_FIELDS.has(selection.name.value)) return false;
    if (selection.arguments?.some((argument) => argument.name.value === 'asOf')) return false;
    views++;
  }
  return views > 0;
};

/**
 * Answers a repeated live-view query from the response it got before, while the read models stay
 * where they were: the same document, operation and variables, asked by a caller of the same
 * tenant, tier and roles (what the tenancy guards decide on), at the same read-model version.
 * Execution and serialization are skipped; authentication, limits, metrics and logs still run.
 *
 * Only queries made of live view fields (no `asOf`) are kept, and only responses without errors.
 * The entries are dropped together when the version moves (projections landed new events, or the
 * date the views are judged on changed).
 */
export const useViewResponseCache = (options: ViewResponseCacheOptions): Plugin => {
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  const documentIds = new WeakMap<DocumentNode, number>();
  const cacheable = new WeakMap<DocumentNode, Map<string, boolean>>();
  const entries = new Map<string, Entry>();
  let version = '';
  let bytes = 0;
  let documents = 0;

  const documentId = (document: DocumentNode): number => {
    let id = documentIds.get(document);
    if (id === undefined) documentIds.set(document, (id = ++documents));
    return id;
  };

  const isCacheable = (args: ExecutionArgs): boolean => {
    const name = args.operationName ?? '';
    let known = cacheable.get(args.document);
    if (known === undefined) cacheable.set(args.document, (known = new Map<string, boolean>()));
    let answer = known.get(name);
    if (answer === undefined) {
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      known.set(name, (answer = operation != null && isLiveViewOperation(operation)));
    }
    return answer;
  };

  const keyOf = (args: ExecutionArgs): string | undefined => {
    const { principal } = args.contextValue as GongkaiApiContext;
    if (!principal.authenticated || !isCacheable(args)) return undefined;
    return [
      documentId(args.document),
      args.operationName ?? '',
      JSON.stringify(args.variableValues ?? {}),
      principal.tenant,
      principal.tier,
      [...principal.roles].sort().join(','),
    ].join('\0');
  };

  const store = (key: string, entry: Entry): void => {
    const size = sizeOf(entry);
    if (size > maxBytes) return;
    while (bytes + size > maxBytes) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      bytes -= sizeOf(entries.get(oldest)!);
      entries.delete(oldest);
    }
    entries.set(key, entry);
    bytes += size;
  };

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const key = keyOf(args);
      if (key === undefined) return undefined;
      const current = await options.version();
      if (current !== version) {
        entries.clear();
        bytes = 0;
        version = current;
      }
      const hit = entries.get(key);
      if (hit !== undefined) {
        setResultAndStopExecution(resultOf(hit));
        return undefined;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const single = result as ExecutionResult;
          if (single.errors !== undefined || single.data == null) return;
          const entry: Entry = { data: single.data, json: JSON.stringify(single) };
          // A response computed while the version moved is served, never kept.
          if (version === current && !entries.has(key)) store(key, entry);
          setResult(resultOf(entry));
        },
      };
    },
  };
};
