import { canonicalUuid } from '../eventId';
import type { Actor, EventMetadata, EventToAppend, RecordedEvent, Tier } from '../port';

/**
 * What goes into a KurrentDB event's metadata (JSON): the port's metadata, the schema version, and
 * KurrentDB's own `$correlationId`/`$causationId`, which its system projections index by.
 * `recordedAt` is not stored: it is the server's own commit stamp (`created`).
 */
// A type alias, not an interface: the client's metadata type needs an index signature.
export type StoredMetadata = {
  schemaVersion: number;
  tenant: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  occurredAt: string;
  $correlationId: string;
  $causationId?: string;
};

export const encodeMetadata = (event: EventToAppend): StoredMetadata => {
  const { tenant, actor, correlationId, causationId, occurredAt } = event.metadata;
  return {
    schemaVersion: event.schemaVersion,
    tenant,
    actor: { id: actor.id, tier: actor.tier, tenant: actor.tenant },
    correlationId,
    causationId,
    occurredAt,
    $correlationId: correlationId,
    ...(causationId === null ? {} : { $causationId: causationId }),
  };
};

/** The fields of a KurrentDB recorded event the adapter reads (`RecordedEvent` of the client). */
export interface ServerEvent {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  created: Date;
  data: unknown;
  metadata: unknown;
  isJson: boolean;
}

const TIERS: readonly string[] = ['county', 'prefecture', 'province', 'national'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const decodeActor = (value: unknown): Actor | undefined => {
  if (!isRecord(value) || !isText(value.id) || !isText(value.tenant)) return undefined;
  if (typeof value.tier !== 'string' || !TIERS.includes(value.tier)) return undefined;
  return { id: value.id, tier: value.tier as Tier, tenant: value.tenant };
};

/** The port's metadata and schema version from a stored metadata object, or undefined if it is not one. */
export const decodeMetadata = (
  value: unknown,
): { metadata: EventMetadata; schemaVersion: number } | undefined => {
  if (!isRecord(value)) return undefined;
  const { schemaVersion, tenant, correlationId, causationId, occurredAt } = value;
  const actor = decodeActor(value.actor);
  if (actor === undefined || !Number.isSafeInteger(schemaVersion) || (schemaVersion as number) < 1)
    return undefined;
  if (!isText(tenant) || !isText(correlationId) || !isText(occurredAt)) return undefined;
  if (causationId !== null && !isText(causationId)) return undefined;
  return {
    schemaVersion: schemaVersion as number,
    metadata: { tenant, actor, correlationId, causationId, occurredAt },
  };
};

/** Thrown when $all or a stream holds an event this adapter did not write (no Gongkai metadata). */
export class ForeignEventError extends Error {
  constructor(
    readonly streamName: string,
    readonly revision: bigint,
  ) {
    super(
      `Event ${revision} of KurrentDB stream ${JSON.stringify(streamName)} was not written by the Gongkai ` +
        "event store (no JSON data with Gongkai metadata): keep other writers out of the store's namespace.",
    );
    this.name = 'ForeignEventError';
  }
}

/** The port's recorded event for a server event at `position`, under the port's `streamId`. */
export const decodeEvent = (event: ServerEvent, streamId: string, position: number): RecordedEvent => {
  const decoded = decodeMetadata(event.metadata);
  const eventId = canonicalUuid(event.id);
  if (decoded === undefined || eventId === undefined || !event.isJson)
    throw new ForeignEventError(event.streamId, event.revision);
  return {
    eventId,
    type: event.type,
    schemaVersion: decoded.schemaVersion,
    data: event.data,
    metadata: decoded.metadata,
    streamId,
    revision: Number(event.revision),
    position,
    recordedAt: event.created.toISOString(),
  };
};

/** Why the stored event is not `event` appended again (same id), or undefined when it is the same. */
export const differenceFrom = (
  stored: RecordedEvent,
  event: EventToAppend,
  dataText: string,
): string | undefined => {
  if (stored.type !== event.type || stored.schemaVersion !== event.schemaVersion)
    return 'with another type or schema version';
  if (JSON.stringify(stored.data) !== dataText) return 'with other data';
  const a = stored.metadata;
  const b = event.metadata;
  const same =
    a.tenant === b.tenant &&
    a.actor.id === b.actor.id &&
    a.actor.tier === b.actor.tier &&
    a.actor.tenant === b.actor.tenant &&
    a.correlationId === b.correlationId &&
    a.causationId === b.causationId &&
    a.occurredAt === b.occurredAt;
  return same ? undefined : 'with other metadata';
};
