/**
 * The EventStore port: the source of truth. Every adapter (SQLite, KurrentDB) implements this and
 * passes the contract suite in `./contract`.
 *
 * Positions are global, strictly increasing integers (1-based; 0 means "before the first event").
 * Revisions are 0-based per stream. Both fit a JS number for any store this platform will hold.
 */

export type Tier = 'county' | 'prefecture' | 'province' | 'national';

export interface Actor {
  /** Principal id (JWT `sub`, source-system id, or `system:<name>`). */
  id: string;
  tier: Tier;
  /** The tenant (6-digit division code, or `000000` for the national viewer) the actor acts from. */
  tenant: string;
}

export interface EventMetadata {
  /** The tenant the event belongs to (derivable from the stream id; stored for filtering). */
  tenant: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  /** Business time (ISO 8601), supplied by the sender. */
  occurredAt: string;
}

export interface EventToAppend {
  /**
   * UUID; appends are idempotent on it within its stream: appending the same events again returns
   * the first append's result, and the same id with other content is `EVENT_ID_CONFLICT`. (As in
   * KurrentDB, the id is not checked against other streams: ids derived from a message id only ever
   * reach the stream that message addresses.)
   */
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
}

export interface RecordedEvent extends EventToAppend {
  streamId: string;
  /** 0-based revision within the stream. */
  revision: number;
  /** Global position, 1-based, strictly increasing in commit order. */
  position: number;
  /** Store time (ISO 8601), set by the store at commit. */
  recordedAt: string;
}

/** `no-stream`: the stream must not exist. `stream-exists`: it must. A number: its current revision. */
export type ExpectedRevision = 'no-stream' | 'stream-exists' | 'any' | number;

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  streamId: string;
  /** The stream's revision after the append (the revision of its last event). */
  nextExpectedRevision: number;
  /** Global position of the last appended event. */
  position: number;
  eventIds: string[];
}

/** One stream's part of {@link EventStore.appendMany}. */
export interface StreamAppend {
  streamId: string;
  events: readonly EventToAppend[];
  expectedRevision?: ExpectedRevision;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the start (forwards) or the end (backwards). */
  fromRevision?: number;
  maxCount?: number;
}

/** Each given list must match (AND); within a list any entry may (OR). An empty list matches nothing. */
export interface EventFilter {
  types?: readonly string[];
  tenants?: readonly string[];
  /** Stream-id prefixes, e.g. `catalogueItem-`. */
  streamPrefixes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events with position > fromPosition. Defaults to 0 (everything). */
  fromPosition?: number;
  /** Inclusive upper bound, for reading "as of" a position. */
  toPosition?: number;
  filter?: EventFilter;
  maxCount?: number;
}

export interface SubscribeOptions {
  /** Exclusive: deliver events with position > fromPosition, first caught up, then live. */
  fromPosition?: number;
  filter?: EventFilter;
}

export interface Subscription {
  /** Stop delivering; resolves when the handler is no longer called. */
  close(): Promise<void>;
  /** Resolves when the subscription ends (closed, or the handler threw: then it rejects). */
  readonly done: Promise<void>;
}

/**
 * The outcome of one command, kept by key beside the events it appended (in the same transaction
 * where the adapter has one): what lets a write core answer a repeated message with its first
 * outcome, and tell a repeat from another command under the same key by its fingerprint, without
 * appending anything for a refusal. The store treats `outcome` as opaque text.
 */
export interface OutcomeRecord {
  /** The idempotency key (at most 1,024 characters). */
  key: string;
  /** A digest of the command, to tell a repeat from another command sent under the same key. */
  fingerprint: string;
  /** The outcome, serialized by the caller (JSON). */
  outcome: string;
}

export interface StoredOutcomeRecord extends OutcomeRecord {
  /** Store time of the first record under this key (ISO 8601). */
  recordedAt: string;
}

export interface AppendManyOptions {
  /**
   * Outcome records stored with the events (SQLite: in the same transaction). A key already recorded
   * keeps its first record. Records are bounded by the adapter's retention (see its README).
   */
  outcomes?: readonly OutcomeRecord[];
}

export interface EventStore {
  append(streamId: string, events: readonly EventToAppend[], options?: AppendOptions): Promise<AppendResult>;
  /**
   * Appends to several streams in one call, in the given order, each under `append`'s rules
   * (expected revision, idempotency on event ids); results in the same order. A stream may come
   * back in a later part, which expects the revision the parts before it left. When one part fails, the call rejects with that part's error; an adapter that can do so
   * atomically (SQLite: one transaction) appends nothing then, another may have appended the parts
   * before it, which is safe because repeating them is idempotent. This is what lets an ingestor
   * store a whole batch of messages at the cost of one commit.
   */
  appendMany(appends: readonly StreamAppend[], options?: AppendManyOptions): Promise<AppendResult[]>;
  /** The outcome records still kept under these keys (a missing key was never recorded or has expired). */
  readOutcomes(keys: readonly string[]): Promise<Map<string, StoredOutcomeRecord>>;
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  /** Streamed in position order; never loads the whole log. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /**
   * Catch-up then live, in position order, with no gap and no duplicate at the switch. The handler
   * is awaited: the next event is not delivered before it settles.
   */
  subscribeToAll(
    handler: (event: RecordedEvent) => Promise<void> | void,
    options?: SubscribeOptions,
  ): Subscription;
  /** Position of the last committed event (0 when empty). */
  headPosition(): Promise<number>;
  close(): Promise<void>;
}
