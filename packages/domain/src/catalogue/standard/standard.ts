import { z } from 'zod';
import { ChannelCodeSchema, labelledChannels } from './channels';
import { TimeLimitSchema } from './timeLimit';

export const fiveOpenStages = ['decision', 'execution', 'management', 'service', 'result'] as const;
export const chainStages = ['publication', 'interpretation', 'response'] as const;

export const FiveOpenStageSchema = z.enum(fiveOpenStages);
export const ChainStageSchema = z.enum(chainStages);
export const AudienceSchema = z.enum(['whole-society', 'specific-groups']);
export const ModeSchema = z.enum(['proactive', 'on-request']);
export const LevelSchema = z.enum(['municipal', 'county', 'township', 'village']);

export type FiveOpenStage = z.infer<typeof FiveOpenStageSchema>;
export type ChainStage = z.infer<typeof ChainStageSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
export type Mode = z.infer<typeof ModeSchema>;
export type Level = z.infer<typeof LevelSchema>;

/** 名称: level-1 category, level-2 concrete item, optional level-3 sub-item. */
export const ItemNameSchema = z
  .object({
    level1Name: z.string(),
    level2Name: z.string(),
    level3Name: z.string().optional(),
  })
  .strict();
export type ItemName = z.infer<typeof ItemNameSchema>;

/** 公开内容（要素）: ● required, 〇 optional. */
export const ContentElementSchema = z.object({ name: z.string().min(1), required: z.boolean() }).strict();
export type ContentElement = z.infer<typeof ContentElementSchema>;

/** 公开依据: a law, regulation or document that requires the disclosure. */
export const LegalBasisRefSchema = z
  .object({
    title: z.string().min(1),
    docNo: z.string().optional(),
    article: z.string().optional(),
    kind: z.enum(['law', 'regulation', 'rule', 'normative-doc', 'policy', 'standard']).optional(),
  })
  .strict();
export type LegalBasisRef = z.infer<typeof LegalBasisRefSchema>;

/** 公开渠道和载体: ■ required / □ optional; `label` names a sector platform or what "other" is. */
export const ChannelRequirementSchema = z
  .object({
    code: ChannelCodeSchema,
    required: z.boolean(),
    label: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Required for the sector-platform and other channels: the platform's name, or what the channel is.",
      ),
  })
  .strict()
  .refine((channel) => !labelledChannels.has(channel.code) || channel.label !== undefined, {
    message: 'sector-platform and other channels need a label naming them',
    path: ['label'],
  });
export type ChannelRequirement = z.infer<typeof ChannelRequirementSchema>;

/**
 * 公开标准 of one item: the six elements of the plan (name, basis, content requirements, subject, time
 * limit, method/channels) plus audience, mode, level and stage coverage. Elements may be left empty
 * while the standard is drafted: completeness is computed (`standardCompleteness`), never entered.
 */
export const ItemStandardSchema = z
  .object({
    name: ItemNameSchema,
    legalBasis: z.array(LegalBasisRefSchema),
    contentElements: z.array(ContentElementSchema),
    subject: z.string(),
    timeLimit: TimeLimitSchema,
    mode: z.array(ModeSchema),
    channels: z.array(ChannelRequirementSchema),
    audience: z.array(AudienceSchema),
    audienceNote: z.string().optional(),
    levels: z.array(LevelSchema),
    fiveOpenStages: z.array(FiveOpenStageSchema),
    chainStages: z.array(ChainStageSchema),
    serviceItem: z.boolean().optional(),
  })
  .strict()
  .describe('公开标准. Elements may be left empty while drafting: completeness is computed.');
export type ItemStandard = z.infer<typeof ItemStandardSchema>;
