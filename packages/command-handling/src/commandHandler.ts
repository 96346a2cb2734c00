import type {
  Command,
  CommandContext,
  DomainEvent,
  TenantDirectory,
  WorkingDayCalendar,
} from '@gongkai/domain';
import {
  authorize,
  decideCommand,
  eventCatalogue,
  routeCommand,
  tenantOfStream,
  upcastEvent,
} from '@gongkai/domain';
import type { Actor, EventStore, EventToAppend, RecordedEvent } from '@gongkai/event-store';
import { isStreamRevisionConflictError } from '@gongkai/event-store';
import { eventIdFor } from './deterministicId';
import { CommandRetriesExhaustedError } from './errors';

/** One command as it arrives from the intake, a GraphQL mutation or the seed. */
export interface CommandEnvelope {
  /** Unique per message; event ids derive from it, so a redelivered message is stored once. */
  messageId: string;
  command: Command;
  actor: Actor;
  /** Business time of the command (ISO 8601). */
  occurredAt: string;
  correlationId?: string;
  causationId?: string | null;
}

export interface CommandOutcome {
  streamId: string;
  /** The stream's revision after the command (-1 when the stream is still empty). */
  revision: number;
  /** Global position of the last event (the command's own, or the head of the stream when it appended nothing). */
  position: number;
  eventIds: string[];
  events: DomainEvent[];
  /** True when the message had been handled before and nothing new was appended. */
  duplicate: boolean;
}

export interface CommandHandlerOptions {
  eventStore: EventStore;
  directory: TenantDirectory;
  calendar: WorkingDayCalendar;
  /** Attempts on a stream revision conflict before giving up. */
  maxAttempts?: number;
}

interface LoadedStream {
  events: DomainEvent[];
  revision: number;
  position: number;
  /** Events recorded by this message before (a redelivery), if any. */
  earlier: RecordedEvent[];
}

/**
 * Loads the aggregate, authorizes, decides and appends with the loaded revision; on a concurrent
 * write it reloads and decides again, a bounded number of times. Domain rejections are thrown as
 * the domain's errors (each with a stable code) and are never retried.
 */
export class CommandHandler {
  readonly #store: EventStore;
  readonly #directory: TenantDirectory;
  readonly #calendar: WorkingDayCalendar;
  readonly #maxAttempts: number;

  constructor(options: CommandHandlerOptions) {
    this.#store = options.eventStore;
    this.#directory = options.directory;
    this.#calendar = options.calendar;
    this.#maxAttempts = options.maxAttempts ?? 5;
  }

  async handle(envelope: CommandEnvelope): Promise<CommandOutcome> {
    const context: CommandContext = {
      actor: envelope.actor,
      occurredAt: envelope.occurredAt,
      directory: this.#directory,
      calendar: this.#calendar,
    };
    authorize(envelope.command, context);
    const { streamId, consults } = routeCommand(envelope.command);

    for (let attempt = 1; ; attempt++) {
      const stream = await this.#load(streamId, envelope.messageId);
      if (stream.earlier.length > 0) return duplicateOutcome(streamId, stream.earlier);

      const consulted = await this.#loadConsulted(consults);
      const events = decideCommand(envelope.command, stream.events, { ...context, consulted });
      if (events.length === 0) {
        return {
          streamId,
          revision: stream.revision,
          position: stream.position,
          eventIds: [],
          events,
          duplicate: false,
        };
      }
      const toAppend = events.map((event, index) => eventToAppend(streamId, envelope, event, index));
      try {
        const result = await this.#store.append(streamId, toAppend, {
          expectedRevision: stream.revision < 0 ? 'no-stream' : stream.revision,
        });
        return {
          streamId,
          revision: result.nextExpectedRevision,
          position: result.position,
          eventIds: result.eventIds,
          events,
          duplicate: false,
        };
      } catch (error) {
        if (!isStreamRevisionConflictError(error)) throw error;
        if (attempt >= this.#maxAttempts) throw new CommandRetriesExhaustedError(streamId, attempt);
      }
    }
  }

  /** Streams the decision reads but does not lock (e.g. the pilot unit's assigned areas). */
  async #loadConsulted(streamIds: readonly string[]): Promise<Record<string, DomainEvent[]>> {
    const consulted: Record<string, DomainEvent[]> = {};
    for (const streamId of streamIds) {
      const events: DomainEvent[] = [];
      for await (const recorded of this.#store.readStream(streamId)) {
        events.push(upcastEvent(recorded.type, recorded.schemaVersion, recorded.data));
      }
      consulted[streamId] = events;
    }
    return consulted;
  }

  async #load(streamId: string, messageId: string): Promise<LoadedStream> {
    const events: DomainEvent[] = [];
    const earlier: RecordedEvent[] = [];
    let revision = -1;
    let position = 0;
    for await (const recorded of this.#store.readStream(streamId)) {
      // A message's events are appended together, with ids derived from the message id in order.
      if (recorded.eventId === eventIdFor(messageId, earlier.length)) earlier.push(recorded);
      events.push(upcastEvent(recorded.type, recorded.schemaVersion, recorded.data));
      revision = recorded.revision;
      position = recorded.position;
    }
    return { events, revision, position, earlier };
  }
}

/** The stored form of the `index`-th event a message produced: id derived from the message id. */
export const eventToAppend = (
  streamId: string,
  envelope: CommandEnvelope,
  event: DomainEvent,
  index: number,
): EventToAppend => ({
  eventId: eventIdFor(envelope.messageId, index),
  type: event.type,
  schemaVersion: eventCatalogue[event.type].schemaVersion,
  data: event.data,
  metadata: {
    tenant: tenantOfStream(streamId),
    actor: envelope.actor,
    correlationId: envelope.correlationId ?? envelope.messageId,
    causationId: envelope.causationId ?? envelope.messageId,
    occurredAt: envelope.occurredAt,
  },
});

const duplicateOutcome = (streamId: string, earlier: RecordedEvent[]): CommandOutcome => {
  const last = earlier[earlier.length - 1]!;
  return {
    streamId,
    revision: last.revision,
    position: last.position,
    eventIds: earlier.map((event) => event.eventId),
    events: earlier.map((event) => upcastEvent(event.type, event.schemaVersion, event.data)),
    duplicate: true,
  };
};
