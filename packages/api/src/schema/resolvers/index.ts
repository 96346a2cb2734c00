import type { ChannelRequirement } from '@gongkai/domain';
import { channelNames } from '@gongkai/domain';
import { enumResolvers } from '../enums';
import { scalarResolvers } from '../scalars';
import { actorResolvers } from './actor';
import { applicationTypeResolvers } from './applications';
import { commandResultResolvers } from './commandResult';
import { mutationResolvers } from './mutation';
import { queryResolvers } from './query';

export { commandOfMutation } from './mutation';
export type { MutationName } from './mutation';
export type { CommandAccepted, CommandRejected, CommandResult } from './commandResult';

// View objects are served as they are; only what the views leave implicit is resolved here.
const typeResolvers = {
  ChannelRequirement: { name: (channel: ChannelRequirement) => channelNames[channel.code] },
};

export const gongkaiResolvers = {
  ...scalarResolvers,
  ...enumResolvers,
  ...typeResolvers,
  ...commandResultResolvers,
  ...actorResolvers,
  ...applicationTypeResolvers,
  Query: queryResolvers,
  Mutation: mutationResolvers,
};
