import type { Command } from '../commands/command';
import type { DecisionContext } from '../context';
import { isPublicActor, requireTenant } from '../context';
import { RoleForbiddenError, TenantForbiddenError, withDomainErrors } from '../errors';
import type { Party } from './parties';
import { defaultPolicy } from './policy';

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** The directory is the authority on a tenant's tier: an actor claiming another tier is refused. */
const assertActorMatchesDirectory = (command: Command, context: DecisionContext): void => {
  const { actor, directory } = context;
  const home = directory.get(actor.tenant);
  if (home && home.tier !== actor.tier) {
    throw new RoleForbiddenError({
      commandType: command.type,
      actorTier: actor.tier,
      allowed: [home.tier],
      reason: `tenant ${actor.tenant} is a ${home.tier} in the tenant directory`,
    });
  }
};

/** The parties allowed to issue this command for its tenant under the default policy. */
export const allowedParties = (command: Command, context: Pick<DecisionContext, 'directory'>): Party[] =>
  withDomainErrors(() => {
    requireTenant(context.directory, command.data.tenant);
    return defaultPolicy[command.type](command)(command.data.tenant, context.directory);
  });

/**
 * Throws ROLE_FORBIDDEN when the actor's tier may not issue the command, TENANT_FORBIDDEN when it
 * may but not for that tenant, TENANT_UNKNOWN when the tenant is not in the directory.
 */
export const authorize = (command: Command, context: DecisionContext): void =>
  withDomainErrors(() => authorizeParties(command, context));

/** What the public may send: its own evaluation, for the unit whose pages it is on, nothing else. */
const PUBLIC_COMMANDS: ReadonlySet<string> = new Set(['RecordPublicFeedback', 'RecordPilotFeedback']);

const publicRefusal = (command: Command, context: DecisionContext): string | undefined => {
  if (!PUBLIC_COMMANDS.has(command.type)) return 'the public only gives feedback';
  if (command.data.tenant !== context.actor.tenant) return 'the public gives feedback where it is';
  if ('kind' in command.data && command.data.kind !== 'social-evaluation') {
    return 'the public gives social evaluation, not third-party assessment';
  }
  return undefined;
};

const assertPublicMayIssue = (command: Command, context: DecisionContext): void => {
  const reason = publicRefusal(command, context);
  if (reason === undefined) return;
  throw new RoleForbiddenError({
    commandType: command.type,
    actorTier: 'public',
    allowed: unique(allowedParties(command, context).map((party) => party.tier)),
    reason,
  });
};

const authorizeParties = (command: Command, context: DecisionContext): void => {
  const parties = allowedParties(command, context);
  assertActorMatchesDirectory(command, context);
  if (isPublicActor(context.actor)) assertPublicMayIssue(command, context);
  const { actor } = context;
  const sameTier = parties.filter((party) => party.tier === actor.tier);
  if (sameTier.length === 0) {
    throw new RoleForbiddenError({
      commandType: command.type,
      actorTier: actor.tier,
      allowed: unique(parties.map((party) => party.tier)),
    });
  }
  if (!sameTier.some((party) => party.tenant === actor.tenant)) {
    throw new TenantForbiddenError({
      commandType: command.type,
      tenant: command.data.tenant,
      actorTenant: actor.tenant,
      allowed: unique(sameTier.map((party) => party.tenant)),
    });
  }
};
