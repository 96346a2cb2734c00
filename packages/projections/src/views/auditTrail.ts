import { eventDescriptions, isDomainEventType, tenantOfStream, upcastEvent } from '@gongkai/domain';
import type { EventStore, RecordedEvent } from '@gongkai/event-store';
import { ReadModelQueryInvalidError } from '../readModelStore';
import type { ProjectionContext } from '../projectors/context';
import { asOfPredicate, parseAsOf } from '../timeTravel/asOf';
import type { AuditEntry, AuditTrail, AuditTrailOptions } from './types';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 1_000;

const reasonOf = (data: unknown): string | null => {
  const reason = (data as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason : null;
};

const entryOf = (recorded: RecordedEvent): AuditEntry => {
  const { type, schemaVersion, metadata } = recorded;
  const data = isDomainEventType(type) ? upcastEvent(type, schemaVersion, recorded.data).data : recorded.data;
  return {
    position: recorded.position,
    revision: recorded.revision,
    eventId: recorded.eventId,
    type,
    storedSchemaVersion: schemaVersion,
    description: isDomainEventType(type) ? eventDescriptions[type] : type,
    actor: metadata.actor,
    occurredAt: metadata.occurredAt,
    recordedAt: recorded.recordedAt,
    reason: reasonOf(data),
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    data: (data ?? {}) as Readonly<Record<string, unknown>>,
  };
};

const revisionAfter = (after: string | null | undefined): number => {
  if (after === undefined || after === null) return 0;
  const revision = Number(after);
  if (!/^\d+$/.test(after) || !Number.isSafeInteger(revision)) {
    throw new ReadModelQueryInvalidError(
      'Invalid cursor: pass the endCursor of the previous audit-trail page.',
    );
  }
  return revision + 1;
};

/**
 * Every event of one stream, read from the event store itself: the store is the record of who did
 * what, when and why (actor, business and store time, reason, correlation and causation), and a
 * stream is short, so no projection could answer more truly or much faster. Null when the stream
 * holds no event (within the as-of).
 */
const pageSizeOf = (first: number | undefined): number => {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw new ReadModelQueryInvalidError(`first must be an integer from 1 to ${MAX_PAGE}.`);
  }
  return size;
};

interface AuditPage {
  entries: AuditEntry[];
  hasNextPage: boolean;
  /** The stream holds at least one event within the as-of. */
  any: boolean;
}

const readPage = async (
  eventStore: EventStore,
  streamId: string,
  options: AuditTrailOptions,
): Promise<AuditPage> => {
  const first = pageSizeOf(options.first);
  const asOf = parseAsOf(options.asOf);
  const included = asOf ? asOfPredicate(asOf) : () => true;
  const types = options.types ? new Set(options.types) : undefined;
  const fromRevision = revisionAfter(options.after);
  const page: AuditPage = { entries: [], hasNextPage: false, any: fromRevision > 0 };
  for await (const recorded of eventStore.readStream(streamId, { fromRevision })) {
    if (!included(recorded)) continue;
    page.any = true;
    if (types && !types.has(recorded.type)) continue;
    if (page.entries.length === first) {
      page.hasNextPage = true;
      break;
    }
    page.entries.push(entryOf(recorded));
  }
  return page;
};

/**
 * Every event of one stream, read from the event store itself: the store is the record of who did
 * what, when and why (actor, business and store time, reason, correlation and causation), and a
 * stream is short, so no projection could answer more truly or much faster. Null when the stream
 * holds no event (within the as-of).
 */
export const auditTrail = async (
  eventStore: EventStore,
  context: ProjectionContext,
  streamId: string,
  options: AuditTrailOptions = {},
): Promise<AuditTrail | null> => {
  const tenant = tenantOfStream(streamId);
  const { entries, hasNextPage, any } = await readPage(eventStore, streamId, options);
  if (!any) return null;
  const last = entries.at(-1);
  return {
    tenant,
    ancestors: context.ancestorsOf(tenant),
    streamId,
    entries,
    pageInfo: { endCursor: last ? String(last.revision) : null, hasNextPage },
  };
};
