import type { AnyDecider, CommandType } from '@gongkai/domain';
import { commandSchemas, deciders, isCommandType } from '@gongkai/domain';
import { z } from 'zod';
import { enumTypes } from '../enums';
import type { InputField } from './inputTypes';
import { InputTypeBuilder } from './inputTypes';

/**
 * A mutation whose input is not the command's data: the fields the server fills in (the domain's
 * `serverFields`) are left out, and these are added. Its resolver is written by hand.
 */
export interface InputExtension {
  /** The input type's description, instead of the command's. */
  description: string;
  fields: readonly InputField[];
}

export const inputExtensions: Partial<Record<CommandType, InputExtension>> = {
  CompileNationalReport: {
    description: `CompileNationalReport: the province compiles a version of the overall report (总体报告). The
server compiles the report as of the current event-store head position and the \`asOf\` date, keeps
its files (DOCX, HTML, Markdown, JSON) and records the position and the SHA-256 of the report's
content; CommandAccepted.report gives the download URLs. (An API run without a report compiler
hashes the national rollup instead and gives no files.)`,
    fields: [
      {
        name: 'asOf',
        type: 'Date',
        description:
          'The business date the report speaks as of (events dated later are left out); default compiledOn.',
      },
    ],
  },
};

/** One command offered as a mutation. */
export interface CommandMutation {
  commandType: CommandType;
  /** The mutation field, e.g. `registerPilotUnit`. */
  mutation: string;
  /** Its input type, `<Mutation>Input`. */
  input: string;
  description: string;
  /** The command fields the server fills in (not in the input). */
  serverFields: readonly string[];
}

const inputTypeName = (mutation: string): string => `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;

const mutationsOf = (decider: AnyDecider): CommandMutation[] =>
  Object.entries(decider.commands).map(([commandType, { graphql }]) => {
    if (!isCommandType(commandType)) throw new Error(`${commandType} is not a registered command`);
    return {
      commandType,
      mutation: graphql.mutation,
      input: inputTypeName(graphql.mutation),
      description: `${commandType}. ${graphql.description}`,
      serverFields: graphql.serverFields ?? [],
    };
  });

/** Every command of the registry as a mutation, in the registry's order. */
export const commandMutations: readonly CommandMutation[] = deciders.flatMap((decider: AnyDecider) =>
  mutationsOf(decider),
);

/** Which domain command each mutation sends; the input is the command's data. */
export const commandOfMutation: Readonly<Record<string, CommandType>> = Object.fromEntries(
  commandMutations.map(({ mutation, commandType }) => [mutation, commandType]),
);

const commandSchemaOf = (type: CommandType): z.ZodObject => {
  const schema = commandSchemas[type];
  if (!(schema instanceof z.ZodObject)) throw new Error(`${type}: its command schema is not an object`);
  return schema;
};

/** The command's fields as GraphQL input fields: its zod shape without the server-filled fields. */
const inputFields = (builder: InputTypeBuilder, command: CommandMutation): InputField[] => {
  const { shape } = commandSchemaOf(command.commandType);
  for (const field of command.serverFields) {
    if (!Object.hasOwn(shape, field))
      throw new Error(`${command.commandType}: server field ${field} is not a command field`);
  }
  const kept = Object.fromEntries(
    Object.entries(shape).filter(([name]) => !command.serverFields.includes(name)),
  );
  return [...builder.fields(kept, command.input), ...(inputExtensions[command.commandType]?.fields ?? [])];
};

/** The generated SDL: every command's input type (and the input types they use), and the Mutation type. */
export const commandTypeDefs = (mutationDescription: string): string => {
  const builder = new InputTypeBuilder(enumTypes);
  for (const command of commandMutations) {
    const extension = inputExtensions[command.commandType];
    const description =
      extension?.description ?? `${command.commandType}: ${commandSchemaOf(command.commandType).description}`;
    builder.define(command.input, description, inputFields(builder, command));
  }
  const fields = commandMutations.map(
    ({ mutation, input, description }) =>
      `  ${JSON.stringify(description)}\n  ${mutation}(input: ${input}!, messageId: String, occurredAt: DateTime): CommandResult!`,
  );
  const mutationType = `${JSON.stringify(mutationDescription)}\ntype Mutation {\n${fields.join('\n')}\n}\n`;
  return [...builder.typeDefs(), mutationType].join('\n');
};
