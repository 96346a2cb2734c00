import type { z } from 'zod';
import type { PartyRule } from '../authorization/parties';
import type { AggregateName } from '../commands/command';
import type { CommandContext } from '../commands/commandContext';
import { InvalidCommandError, InvalidEventError } from '../errors';
import type { MessageOf, SchemaMap } from '../primitives';
import type { StreamCategory } from '../streams';
import type { TenantDirectory } from '../tenants/types';

/** One step up the version ladder: data valid at `fromVersion` becomes data at `fromVersion + 1`. */
export interface EventUpcast {
  fromVersion: number;
  /** The schema of the `fromVersion` data (validated before upcasting). */
  schema: z.ZodType;
  upcast: (data: unknown) => unknown;
}

/** What an event type adds to its zod schema: one line for integrators, and its upcasts. */
export interface EventSpec {
  description: string;
  /** Upcasts from every older version, oldest first; the current version is `upcasts.length + 1`. */
  upcasts?: readonly EventUpcast[];
}

/** How a command is offered as a GraphQL mutation. The input type is `<Mutation>Input`. */
export interface GraphqlMutationSpec {
  /** The mutation field, e.g. `registerPilotUnit`. */
  mutation: string;
  /** The mutation's description after `<CommandType>. `, e.g. `Province: register a county as a pilot unit.` */
  description: string;
  /**
   * Fields of the command the server fills in: left out of the input, the mutation has its own
   * resolver. Each must be a field of the command (the GraphQL generator refuses others).
   */
  serverFields?: readonly string[];
}

/** Everything one command type of an aggregate needs besides its zod schema. */
export interface CommandSpec<K extends string, Data, State, Event, Ctx> {
  graphql: GraphqlMutationSpec;
  /** Who may issue it for `data.tenant` (the default policy). */
  policy: (data: Data) => PartyRule;
  /** Other streams the decision reads; not locked (eventually consistent). Default: none. */
  consults?: (data: Data, directory: TenantDirectory) => readonly string[];
  decide: (command: { type: K; data: Data }, state: State, context: Ctx) => Event[];
}

type DataOf<CS extends SchemaMap> = z.output<CS[keyof CS & string]>;

/** The events of one stream category: their schemas (current version), descriptions and upcasts. */
export interface EventModule<ES extends SchemaMap = SchemaMap> {
  /** The stream category; stream ids are `<category>-<tenant>[-<id>]`. */
  category: StreamCategory;
  /** Event data schemas at their current version, by event type. */
  eventSchemas: ES;
  events: { readonly [K in keyof ES & string]: EventSpec };
}

/** What an aggregate folder writes: `defineDecider` derives the rest. */
export interface DeciderDefinition<
  CS extends SchemaMap,
  ES extends SchemaMap,
  S,
  Ctx,
> extends EventModule<ES> {
  /** The aggregate's stream category (every category but the intake's own records). */
  category: AggregateName;
  /** Command payload schemas (zod, `.describe`d), by command type. */
  commandSchemas: CS;
  initialState: () => S;
  evolve: (state: S, event: MessageOf<ES>) => S;
  /** The stream a command is decided on (and appended to). */
  streamId: (data: DataOf<CS>) => string;
  /** The context the commands' `decide` functions receive, made from the command's context. */
  decisionContext: (command: MessageOf<CS>, context: CommandContext) => Ctx;
  commands: { readonly [K in keyof CS & string]: CommandSpec<K, z.output<CS[K]>, S, MessageOf<ES>, Ctx> };
  /** The stable codes its `decide` functions may throw (besides the common ones). */
  errors: readonly string[];
}

/** Which stream a command is decided on, and which other streams it consults. */
export interface DeciderRoute {
  streamId: string;
  aggregate: AggregateName;
  /**
   * Other streams the decision reads (load them, upcast, pass their events in
   * `context.consulted[streamId]`). Eventually consistent: they are not locked.
   */
  consults: readonly string[];
}

/** A message of any type, as the registry's derived tables see it. */
export interface AnyMessage {
  type: string;
  data: unknown;
}

/** A decider module: its definition and what is derived from it. */
export interface Decider<CS extends SchemaMap, ES extends SchemaMap, S, Ctx> extends DeciderDefinition<
  CS,
  ES,
  S,
  Ctx
> {
  commandTypes: readonly (keyof CS & string)[];
  eventTypes: readonly (keyof ES & string)[];
  handlesCommand: (command: AnyMessage) => command is MessageOf<CS>;
  ownsEvent: (event: AnyMessage) => event is MessageOf<ES>;
  /** Folds a stream's events (already upcast) with `evolve`; INVALID_EVENT for another aggregate's event. */
  fold: (events: readonly AnyMessage[]) => S;
  // The next three take any message so that the registry can hold every decider in one table; a
  // command of another aggregate is INVALID_COMMAND.
  route: (command: AnyMessage, directory: TenantDirectory) => DeciderRoute;
  /** The party rule of the default policy for this command. */
  policy: (command: AnyMessage) => PartyRule;
  /** Folds the stream, then decides the command against the state. Events are not validated again. */
  decideOnStream: (
    command: AnyMessage,
    events: readonly AnyMessage[],
    context: CommandContext,
  ) => MessageOf<ES>[];
}

/** `decisionContext` of a decider whose commands need nothing besides the command's context. */
export const commandContextAsIs = (_command: unknown, context: CommandContext): CommandContext => context;

interface Folded<S> {
  count: number;
  last: AnyMessage;
  state: S;
}

const keysOf = <T extends object>(record: T): (keyof T & string)[] =>
  Object.keys(record).filter((key): key is keyof T & string => Object.hasOwn(record, key));

/** Builds a decider module from its definition: routing, folding and dispatch by command type. */
export const defineDecider = <CS extends SchemaMap, ES extends SchemaMap, S, Ctx>(
  definition: DeciderDefinition<CS, ES, S, Ctx>,
): Decider<CS, ES, S, Ctx> => {
  const { category, commandSchemas, eventSchemas, commands } = definition;
  const handlesCommand = (command: AnyMessage): command is MessageOf<CS> =>
    Object.hasOwn(commandSchemas, command.type);
  const ownsEvent = (event: AnyMessage): event is MessageOf<ES> => Object.hasOwn(eventSchemas, event.type);
  const ownEvent = (event: AnyMessage): MessageOf<ES> => {
    if (ownsEvent(event)) return event;
    // The event catalogue is built from the deciders, so a decider cannot name the event's own
    // category or version here: the message names the stream it does not belong in.
    throw new InvalidEventError({
      type: event.type,
      schemaVersion: 0,
      issues: [`is not an event of ${category} streams (a stream holds one aggregate's events)`],
    });
  };
  // The last fold of each events array. A stream's events only ever grow, so deciding the next
  // command on the same (longer) array evolves the new events alone; states are immutable values,
  // so reusing one is safe. The last event is compared too, so a changed array is folded anew.
  const folds = new WeakMap<readonly AnyMessage[], Folded<S>>();
  const fold = (events: readonly AnyMessage[]): S => {
    const memo = folds.get(events);
    const reuse = memo !== undefined && memo.count <= events.length && events[memo.count - 1] === memo.last;
    let state = reuse ? memo.state : definition.initialState();
    for (let i = reuse ? memo.count : 0; i < events.length; i++)
      state = definition.evolve(state, ownEvent(events[i]!));
    const last = events.at(-1);
    if (last !== undefined) folds.set(events, { count: events.length, last, state });
    return state;
  };
  const specOf = <K extends keyof CS & string>(type: K) => commands[type];
  const decideOne = <K extends keyof CS & string>(
    command: { type: K; data: z.output<CS[K]> },
    state: S,
    context: Ctx,
  ): MessageOf<ES>[] => specOf(command.type).decide(command, state, context);
  const requireOwn = (command: AnyMessage): MessageOf<CS> => {
    if (handlesCommand(command)) return command;
    throw new InvalidCommandError({ issues: [`type: ${command.type} is not a ${category} command`] });
  };
  return {
    ...definition,
    commandTypes: keysOf(commandSchemas),
    eventTypes: keysOf(eventSchemas),
    handlesCommand,
    ownsEvent,
    fold,
    route: (command, directory) => {
      const own = requireOwn(command);
      return {
        streamId: definition.streamId(own.data),
        aggregate: category,
        consults: specOf(own.type).consults?.(own.data, directory) ?? [],
      };
    },
    policy: (command) => {
      const own = requireOwn(command);
      return specOf(own.type).policy(own.data);
    },
    decideOnStream: (command, events, context) => {
      const own = requireOwn(command);
      return decideOne(own, fold(events), definition.decisionContext(own, context));
    },
  };
};

/** An upcast step whose function receives the data as `schema` parsed it (upcastEvent validates first). */
export const upcastStep = <S extends z.ZodType>(
  fromVersion: number,
  schema: S,
  upcast: (data: z.output<S>) => unknown,
): EventUpcast => ({
  fromVersion,
  schema,
  // upcastEvent validates the data with `schema` before calling: the cast only restores its type.
  upcast: (data) => upcast(data as z.output<S>),
});
