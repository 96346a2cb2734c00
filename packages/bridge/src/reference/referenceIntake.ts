import type { AreaCode, PilotArea } from '@gongkai/domain';
import type { BusMessage } from '@gongkai/messaging';
import { ReferenceAreaUnmappedError, ReferenceMessageInvalidError } from '../errors';
import type { DraftEnvelope } from './draftEnvelope';
import { toDraftEnvelope } from './draftEnvelope';
import { pilotAreaOf } from './resolveArea';
import type { ReferenceItemMessage } from './referenceItemSchema';
import { ReferenceItemMessageSchema } from './referenceItemSchema';

export interface DeadLetter {
  /** REFERENCE_MESSAGE_INVALID or REFERENCE_AREA_UNMAPPED. */
  code: string;
  /** What is wrong and what the sender should do. */
  reason: string;
  message: Pick<BusMessage, 'topic' | 'partition' | 'offset' | 'key' | 'value' | 'headers'>;
}

export interface ReferenceIntakeOptions {
  /** Hands a draft to the intake; a throw makes the bus deliver the batch again (drafts are idempotent). */
  send: (envelope: DraftEnvelope) => Promise<unknown>;
  /** Told of every message that is not drafted, with the reason; the batch goes on. */
  deadLetter: (letter: DeadLetter) => Promise<void> | void;
  /** The pilot areas of a tenant now (`pilotAreasFromEventStore`); empty when it is no pilot unit. */
  pilotAreasOf: (tenant: string) => Promise<readonly AreaCode[]> | readonly AreaCode[];
  /** The areas of the seed (code, Chinese and English names) that `area` is read against. */
  areas: readonly PilotArea[];
  /** The bridge's clock: business time of the drafts. Default `() => new Date()`. */
  clock?: () => Date;
}

export interface ReferenceIntake {
  /** A `handleBatch` for `bus.subscribe` on the reference topic. */
  handleBatch(batch: readonly BusMessage[]): Promise<void>;
  /** One message; resolves with the envelope sent, or undefined when it went to the dead letters. */
  handleMessage(message: BusMessage): Promise<DraftEnvelope | undefined>;
}

type Parsed = { item: ReferenceItemMessage } | { issues: string[] };

const parse = (value: Buffer): Parsed => {
  let json: unknown;
  try {
    json = JSON.parse(value.toString('utf8'));
  } catch (error) {
    return { issues: [`not JSON (${(error as Error).message})`] };
  }
  const result = ReferenceItemMessageSchema.safeParse(json);
  if (result.success) return { item: result.data };
  return {
    issues: result.error.issues.map((issue) => `${issue.path.join('.') || '(message)'}: ${issue.message}`),
  };
};

/**
 * Inbound: items of the 权责清单 and the 公共服务事项清单 become catalogue item drafts of their
 * tenant, one draft per (tenant, list, code) however often they arrive. Invalid items and items
 * outside the tenant's pilot areas go to the dead letters and never block the topic.
 */
export const createReferenceIntake = (options: ReferenceIntakeOptions): ReferenceIntake => {
  const clock = options.clock ?? (() => new Date());
  const reject = async (message: BusMessage, error: Error & { code: string }): Promise<undefined> => {
    await options.deadLetter({ code: error.code, reason: error.message, message });
    return undefined;
  };

  const handle = async (
    message: BusMessage,
    pilotAreasOf: (tenant: string) => Promise<readonly AreaCode[]>,
  ): Promise<DraftEnvelope | undefined> => {
    const parsed = parse(message.value);
    if ('issues' in parsed) return reject(message, new ReferenceMessageInvalidError(parsed.issues));
    const { item } = parsed;
    const pilotAreas = await pilotAreasOf(item.tenant);
    const areaCode = pilotAreaOf(item, options.areas, pilotAreas);
    if (areaCode === undefined) {
      return reject(
        message,
        new ReferenceAreaUnmappedError(item.tenant, item.area ?? item.domain, pilotAreas),
      );
    }
    const envelope = toDraftEnvelope(item, areaCode, clock().toISOString(), options.areas);
    await options.send(envelope);
    return envelope;
  };

  return {
    handleMessage: (message) => handle(message, async (tenant) => options.pilotAreasOf(tenant)),
    // In order: a later version of an item never overtakes an earlier one within a partition. A
    // tenant's pilot areas are read once a batch (a list arrives as many items of one county).
    handleBatch: async (batch) => {
      const areasByTenant = new Map<string, Promise<readonly AreaCode[]>>();
      const pilotAreasOf = (tenant: string) => {
        let areas = areasByTenant.get(tenant);
        if (areas === undefined) {
          areas = Promise.resolve(options.pilotAreasOf(tenant));
          areasByTenant.set(tenant, areas);
        }
        return areas;
      };
      for (const message of batch) await handle(message, pilotAreasOf);
    },
  };
};
