import { z } from 'zod';

/** The two official lists a catalogue starts from (catalogue-schema.md §1); the values are the domain's item sources. */
export const ReferenceListKindSchema = z
  .enum(['power-responsibility-list', 'public-service-list'])
  .describe('权责清单 (power-responsibility-list) or 公共服务事项清单 (public-service-list)');
export type ReferenceListKind = z.infer<typeof ReferenceListKindSchema>;

const text = z.string().trim().min(1);

/**
 * One item of a tenant's 权责清单 or 公共服务事项清单, as the province sends it on the reference
 * topic. `specVersion` names the format: an incompatible change is version 2 on a new topic. The
 * reader is tolerant: fields it does not know are ignored, so a sender may add its own.
 */
export const ReferenceItemMessageSchema = z
  .object({
    specVersion: z.literal(1),
    listKind: ReferenceListKindSchema,
    tenant: z
      .string()
      .regex(/^\d{6}$/, 'a six-digit administrative division code (GB/T 2260), e.g. 230102')
      .describe('the county whose list holds the item'),
    listCode: text.max(128).describe("the item's code in that list (its identity with listKind and tenant)"),
    name: text.max(200).describe("the item's name in the list"),
    category: text
      .max(200)
      .optional()
      .describe('the category (一级事项) the list files the item under; the level-1 name of the draft'),
    basis: z.array(text).optional().describe('依据: titles of the laws, regulations and documents'),
    responsibleSubject: text.optional().describe('实施主体 / 责任主体: the body responsible for the item'),
    area: text
      .optional()
      .describe('the pilot area (试点领域): its code in areas.json or its Chinese name, e.g. 义务教育'),
    domain: text.optional().describe('the policy domain (领域) of the list, used when area is absent'),
    listVersion: text
      .optional()
      .describe('version or date of the list (informational, not part of identity)'),
  })
  .describe('An item of a 权责清单 or 公共服务事项清单, drafted as a catalogue item of its tenant');

export type ReferenceItemMessage = z.infer<typeof ReferenceItemMessageSchema>;
