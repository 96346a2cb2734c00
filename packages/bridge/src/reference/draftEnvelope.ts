import type { Actor, AreaCode, Command, PilotArea } from '@gongkai/domain';
import { occurredOn } from '@gongkai/domain';
import { referenceDraftMessageId, referenceItemId } from './identity';
import type { ReferenceItemMessage, ReferenceListKind } from './referenceItemSchema';

/**
 * A command as the intake takes it; structurally `CommandEnvelope` of @gongkai/command-handling
 * (declared here so that the bridge hands envelopes on without depending on the handler).
 */
export interface DraftEnvelope {
  messageId: string;
  command: Command;
  actor: Actor;
  occurredAt: string;
  correlationId?: string;
  causationId?: string | null;
}

/** The principal id the bridge's commands carry, so the audit trail tells them from a person's. */
export const BRIDGE_ACTOR_ID = 'system:data-sharing-bridge';

/**
 * The bridge acts for the county whose list it drafts from. The domain has no system tier, and only
 * the county itself may draft into its catalogue, so the bridge takes the county tier under its own id.
 */
export const bridgeActorFor = (tenant: string): Actor => ({ id: BRIDGE_ACTOR_ID, tier: 'county', tenant });

const LIST_LABELS: Readonly<Record<ReferenceListKind, string>> = {
  'power-responsibility-list': '权责清单事项',
  'public-service-list': '公共服务事项',
};

/** Level 1 is a category: the list's own, else its domain, else the area's name, else the list's. */
const level1NameOf = (item: ReferenceItemMessage, area: PilotArea | undefined): string =>
  item.category ?? item.domain ?? area?.name ?? LIST_LABELS[item.listKind];

/**
 * The draft of a reference item. Its ids depend on (tenant, list kind, list code) only; the time is
 * the moment the bridge sends it (the draft date is that day in China Standard Time).
 */
export const toDraftEnvelope = (
  item: ReferenceItemMessage,
  areaCode: AreaCode,
  occurredAt: string,
  areas: readonly PilotArea[],
): DraftEnvelope => {
  const messageId = referenceDraftMessageId(item);
  return {
    messageId,
    command: {
      type: 'DraftCatalogueItem',
      data: {
        tenant: item.tenant,
        itemId: referenceItemId(item),
        areaCode,
        name: {
          level1Name: level1NameOf(
            item,
            areas.find((area) => area.code === areaCode),
          ),
          level2Name: item.name,
        },
        source: item.listKind,
        draftedOn: occurredOn({ occurredAt }),
      },
    },
    actor: bridgeActorFor(item.tenant),
    occurredAt,
    correlationId: messageId,
  };
};
