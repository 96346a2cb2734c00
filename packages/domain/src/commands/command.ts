import type { z } from 'zod';
import type { AnyMessage, DeciderRoute, GraphqlMutationSpec } from '../decider';
import type { RegisteredCommand } from '../registry';
import { deciders } from '../registry';
import type { StreamCategory } from '../streams';
import type { CommandContext } from './commandContext';
import type { DomainEvent } from '../events';
import type { PartyRule } from '../authorization/parties';
import type { TenantDirectory } from '../tenants/types';

/** Every command, `{ type, data }`; `data.tenant` is the tenant the command acts for. */
export type Command = RegisteredCommand;
export type CommandType = Command['type'];

/** The categories commands are decided on (the intake's rejection record is written by the intake). */
export type AggregateName = Exclude<StreamCategory, 'intakeRejections'>;

/** A decider as the derived tables hold it: every decider of the registry is one. */
export interface AnyDecider {
  category: AggregateName;
  commandSchemas: Readonly<Record<string, z.ZodType>>;
  commands: { readonly [type: string]: { readonly graphql: GraphqlMutationSpec } };
  route: (command: AnyMessage, directory: TenantDirectory) => DeciderRoute;
  policy: (command: AnyMessage) => PartyRule;
  decideOnStream: (
    command: AnyMessage,
    events: readonly AnyMessage[],
    context: CommandContext,
  ) => DomainEvent[];
  fold: (events: readonly AnyMessage[]) => unknown;
}

const everyCommand = deciders.flatMap((decider: AnyDecider) =>
  Object.keys(decider.commandSchemas).map((type) => [type, decider] as const),
);

// Object.fromEntries forgets its keys: the entries above are every command type of the registry.
export const byCommandType = <V>(
  value: (decider: AnyDecider, type: string) => V,
): { readonly [T in CommandType]: V } =>
  Object.fromEntries(everyCommand.map(([type, decider]) => [type, value(decider, type)])) as {
    readonly [T in CommandType]: V;
  };

/** The decider module of each command type. */
export const deciderOfCommand = byCommandType((decider) => decider);

/** Validates a command's payload (`data`), per command type. */
export const commandSchemas = byCommandType((decider, type) => decider.commandSchemas[type]!);

/** The aggregate (stream category) each command type is decided by. */
export const aggregateOfCommand = byCommandType((decider) => decider.category);

export const isCommandType = (type: unknown): type is CommandType =>
  typeof type === 'string' && Object.hasOwn(deciderOfCommand, type);

export const commandTypes: readonly CommandType[] = everyCommand.map(([type]) => type).filter(isCommandType);
