import { z } from 'zod';
import { EntityIdSchema, HttpUrlSchema, IsoDateSchema } from '../../primitives';
import { channelFromText } from '../standard';
import type { DisclosurePublishedV2Schema } from './events';

/** `DisclosurePublished` v1 (first intake, 2017): the channel as free text, one free-text reference. */
export const DisclosurePublishedV1Schema = z
  .object({
    itemId: EntityIdSchema,
    disclosureId: EntityIdSchema,
    title: z.string().min(1),
    channel: z.string().min(1).describe('free text, e.g. 政府网站, 村务公开栏'),
    reference: z.string().describe('free text: a URL, an index number or a place'),
    formedOn: IsoDateSchema,
    publishedOn: IsoDateSchema,
  })
  .strict();

type V1 = z.infer<typeof DisclosurePublishedV1Schema>;
type V2 = z.infer<typeof DisclosurePublishedV2Schema>;

/**
 * v1 → v2: the free-text channel is read into a channel code (its wording kept in `channelLabel`);
 * a reference that is an http(s) URL moves to `url`, anything else stays in `reference`. Timeliness
 * was not assessed in v1: null (projections can recompute it with `disclosureTimeliness`).
 */
export const upcastDisclosurePublishedV1 = ({ channel, reference, ...rest }: V1): V2 => {
  const trimmed = reference.trim();
  const isUrl = HttpUrlSchema.safeParse(trimmed).success;
  return {
    ...rest,
    channel: channelFromText(channel),
    channelLabel: channel,
    url: isUrl ? trimmed : null,
    reference: isUrl || trimmed === '' ? null : trimmed,
    timeliness: null,
  };
};
