/**
 * The topics the bridge shares with the provincial data-sharing bus (政务数据共享交换平台). The
 * version is part of the name: an incompatible change of the message format gets a new topic, so
 * that subscribers of the old one are never handed messages they cannot read.
 */

/** Public CloudEvents of the platform, keyed by tenant (one partition orders a tenant's events). */
export const PUBLIC_EVENTS_TOPIC = 'gongkai.public.events.v1';

/** Items of the 权责清单 and the 公共服务事项清单 sent by the province, keyed by tenant. */
export const REFERENCE_ITEMS_TOPIC = 'gongkai.reference.items.v1';

/** Partitions `ensureTopics` creates; several tenants share one, a tenant never spans two. */
export const DEFAULT_TOPIC_PARTITIONS = 6;

/** The topics to create before the bridge runs: `bus.ensureTopics(BRIDGE_TOPICS)`. */
export const BRIDGE_TOPICS = [
  { topic: PUBLIC_EVENTS_TOPIC, partitions: DEFAULT_TOPIC_PARTITIONS },
  { topic: REFERENCE_ITEMS_TOPIC, partitions: DEFAULT_TOPIC_PARTITIONS },
] as const satisfies readonly { topic: string; partitions: number }[];
